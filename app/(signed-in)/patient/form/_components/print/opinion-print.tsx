/** 主治医意見書 on two A4 pages, as the national form prints it: the applicant and doctor, 1.–3.(4) first, then 3.(5)–5. */
import { bedriddenLevelsWithIndependent, dementiaLevelsWithIndependent } from '@/lib/forms/choices';
import { bpsdSymptoms, departments, specialMedicalCare, type OpinionContent } from '@/lib/forms/templates/opinion-content';
import { BirthDate } from './shared-prints';
import { OpinionBack } from './opinion-print-back';
import { OpinionBoxes, opinionLabels } from './opinion-print-parts';
import { Boxes, Footer, Grid, ja, Row, Sheet, Text, Wareki, type PrintMeta, gap } from './print-parts';

const { label, option, shared } = opinionLabels;

export function OpinionPrint({ content: c, meta }: { content: OpinionContent; meta: PrintMeta | null }) {
  const diagnoses = [0, 1, 2].map((index) => c.diagnoses[index] ?? { name: '', onset: '' });
  return (
    <Sheet className="print-opinion">
      <section className="print-page">
        <header className="print-title">
          <h1>{ja('formPrint.opinionTitle')}</h1>
          <p className="print-right">
            {label('writtenOn')}
            {gap}
            <Wareki day={c.writtenOn} />
          </p>
        </header>
        <Grid>
          <tr>
            <th scope="row">{label('patientName')}</th>
            <td>
              <span className="print-kana">{c.patientKana}</span>
              <strong className="print-name">{c.patientName}</strong>
            </td>
            <th scope="row">{label('sex')}</th>
            <td>
              <OpinionBoxes field="sex" content={c} />
            </td>
          </tr>
          <tr>
            <th scope="row">{label('birthDate')}</th>
            <td>
              <BirthDate birthDate={c.birthDate} on={c.writtenOn} />
            </td>
            <th scope="row">{label('patientAddress')}</th>
            <td>
              〒{c.patientPostcode} <Text value={c.patientAddress} />
              <br />
              {label('patientPhone')} {c.patientPhone}
            </td>
          </tr>
          <Row label={ja('formPrint.opinionIntro')}>
            <OpinionBoxes field="consent" content={c} />
          </Row>
          <tr>
            <th scope="row">{label('doctorName')}</th>
            <td>{c.doctorName}</td>
            <th scope="row">{label('clinicName')}</th>
            <td>
              {c.clinicName}
              <br />
              {c.clinicAddress}
              <br />
              {label('clinicPhone')} {c.clinicPhone}
              {gap}
              {label('clinicFax')} {c.clinicFax}
            </td>
          </tr>
          <Row label={label('lastExamOn')}>
            <Wareki day={c.lastExamOn} />
          </Row>
          <Row label={label('opinionCount')}>
            <OpinionBoxes field="opinionCount" content={c} />
          </Row>
          <Row label={label('otherDepartments')}>
            <OpinionBoxes field="otherDepartments" content={c} />（
            <Boxes options={departments} chosen={c.departments} labelOf={option('departments')} />
            {c.otherDepartment}）
          </Row>
          <tr>
            <th scope="col" colSpan={4} className="print-section">
              {ja('opinionForm.section.disease')}
            </th>
          </tr>
          <Row label={label('diagnoses')}>
            <ol className="print-lines">
              {diagnoses.map((row, index) => (
                <li key={index}>
                  {index + 1}. {row.name}
                  {gap}
                  {label('diagnoses.onset')}（{row.onset}）
                </li>
              ))}
            </ol>
          </Row>
          <Row label={label('stability')}>
            <OpinionBoxes field="stability" content={c} />（<Text value={c.stability === 'unstable' ? c.unstableDetail : ''} />）
          </Row>
          <Row label={label('treatmentCourse')}>
            <Text value={c.treatmentCourse} />
          </Row>
          <tr>
            <th scope="col" colSpan={4} className="print-section">
              {label('specialMedical')}
            </th>
          </tr>
          <tr>
            <td colSpan={4}>
              <Boxes options={specialMedicalCare} chosen={c.specialMedical} labelOf={option('specialMedical')} />
            </td>
          </tr>
          <tr>
            <th scope="col" colSpan={4} className="print-section">
              {ja('opinionForm.section.mind')}
            </th>
          </tr>
          <Row label={label('bedridden')}>
            <Boxes options={bedriddenLevelsWithIndependent} chosen={c.bedridden} labelOf={shared('bedridden')} />
          </Row>
          <Row label={label('dementia')}>
            <Boxes options={dementiaLevelsWithIndependent} chosen={c.dementia} labelOf={shared('dementia')} />
          </Row>
          <Row label={label('shortTermMemory')}>
            <OpinionBoxes field="shortTermMemory" content={c} />
          </Row>
          <Row label={label('decisionMaking')}>
            <OpinionBoxes field="decisionMaking" content={c} />
          </Row>
          <Row label={label('communication')}>
            <OpinionBoxes field="communication" content={c} />
          </Row>
          <Row label={label('bpsd')}>
            <OpinionBoxes field="bpsd" content={c} />（
            <Boxes options={bpsdSymptoms} chosen={c.bpsd === 'yes' ? c.bpsdSymptoms : []} labelOf={option('bpsdSymptoms')} />
            {c.bpsdOther}）
          </Row>
          <Row label={label('otherPsychiatric')}>
            <OpinionBoxes field="otherPsychiatric" content={c} />
            {gap}
            {label('otherPsychiatricName')}（{c.otherPsychiatricName}）{gap}
            {label('specialistVisit')}：
            <OpinionBoxes field="specialistVisit" content={c} />（{c.specialistDetail}）
          </Row>
        </Grid>
        <p className="print-page-number">{ja('formPrint.page', { page: 1, pages: 2 })}</p>
      </section>
      <OpinionBack content={c} />
      <Footer meta={meta} />
    </Sheet>
  );
}
