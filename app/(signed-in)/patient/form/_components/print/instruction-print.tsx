/** 訪問看護指示書・在宅患者訪問点滴注射指示書 (別紙様式16) on A4, in the printed order of its rows. */
import type { InstructionContent } from '@/lib/forms/templates/instruction';
import { instructionKinds, medicalDevices, pressureUlcerDepths } from '@/lib/forms/templates/instruction';
import { bedriddenLevels, dementiaLevels, yesNo } from '@/lib/forms/choices';
import { CareLevel, PatientRow, SignOff } from './shared-prints';
import { Circles, Grid, ja, labelsOf, Row, Sheet, Text, Wareki, type PrintMeta, gap } from './print-parts';

const { label, option, shared } = labelsOf('instructionForm');

function Period({ start, end }: { start: string | null; end: string | null }) {
  return (
    <>
      （<Wareki day={start} /> {ja('formPrint.until')} <Wareki day={end} />）
    </>
  );
}

function DeviceDetail({ device, content }: { device: (typeof medicalDevices)[number]; content: InstructionContent }) {
  const c = content;
  const parts: Partial<Record<(typeof medicalDevices)[number], string>> = {
    oxygen: c.oxygenFlow !== null ? `（${c.oxygenFlow} ${ja('formPrint.perMinute')}）` : '',
    enteral: `（${c.tubeRoute ? option('tubeRoute')(c.tubeRoute) : ['nasal', 'gastrostomy'].map(option('tubeRoute')).join('・')}：${ja('formPrint.tubeSize')} ${c.tubeSize}${c.tubeExchangeDays !== null ? `、${ja('formPrint.everyDays', { days: c.tubeExchangeDays })}` : ''}）`,
    catheter: `（${ja('formPrint.site')}：${c.catheterSite} ${ja('formPrint.size')} ${c.catheterSize}${c.catheterExchangeDays !== null ? `、${ja('formPrint.everyDays', { days: c.catheterExchangeDays })}` : ''}）`,
    ventilator: `（${c.ventilatorMode ? option('ventilatorMode')(c.ventilatorMode) : ['positive', 'negative'].map(option('ventilatorMode')).join('・')}：${ja('formPrint.settings')} ${c.ventilatorSettings}）`,
    trachealCannula: `（${ja('formPrint.size')} ${c.cannulaSize}）`,
    other: `（${c.otherDevice}）`,
  };
  return c.devices.includes(device) ? <span className="print-detail">{parts[device] ?? ''}</span> : null;
}

export function InstructionPrint({ content: c, meta }: { content: InstructionContent; meta: PrintMeta | null }) {
  const drip = c.kinds.includes('drip');
  const diseases = [0, 1, 2].map((index) => c.diseases[index] ?? { name: '', code: '' });
  const medications = [0, 1, 2, 3, 4, 5].map((index) => c.medications[index]);
  return (
    <Sheet className="print-instruction">
      <header className="print-title">
        <h1>
          <Circles
            options={instructionKinds}
            chosen={c.kinds}
            labelOf={(kind) => ja(kind === 'drip' ? 'formPrint.dripTitle' : 'formPrint.instructionTitle')}
            separator={gap}
          />
        </h1>
        <p className="print-note">{ja('formPrint.circleNote')}</p>
        <p className="print-periods">
          {ja('formPrint.instructionPeriod')}
          <Period start={c.instructionStart} end={c.instructionEnd} />
          <br />
          {ja('formPrint.dripPeriod')}
          <Period start={drip ? c.dripStart : null} end={drip ? c.dripEnd : null} />
        </p>
      </header>
      <Grid>
        <PatientRow labels={[label('patientName'), label('birthDate')]} name={c.patientName} birthDate={c.birthDate} on={c.issuedOn} />
        <Row label={label('patientAddress')}>
          <Text value={c.patientAddress} />
          {gap}
          {label('patientPhone')}（<Text value={c.patientPhone} />）
        </Row>
        <Row label={label('diseases')}>
          <ol className="print-lines print-columns-3">
            {diseases.map((disease, index) => (
              <li key={index}>
                ({index + 1}) {disease.name}
                {disease.code && <span className="print-code">［{disease.code}］</span>}
              </li>
            ))}
          </ol>
        </Row>
        <tr>
          <th scope="row" rowSpan={6} className="print-vertical">
            {ja('formPrint.currentState')}
          </th>
          <th scope="row">{label('condition')}</th>
          <td colSpan={2}>
            <Text value={c.condition} />
          </td>
        </tr>
        <tr>
          <th scope="row">{label('medications')}</th>
          <td colSpan={2}>
            <ol className="print-lines print-columns-2">
              {medications.map((drug, index) => (
                <li key={index}>
                  {index + 1}. {drug ? `${drug.name} ${drug.dose}${drug.unit} ${drug.usage}` : ''}
                </li>
              ))}
            </ol>
          </td>
        </tr>
        <tr>
          <th scope="row">{ja('formPrint.independence')}</th>
          <td colSpan={2}>
            {ja('formPrint.bedridden')}
            {gap}
            <Circles options={bedriddenLevels} chosen={c.bedridden} labelOf={shared('bedridden')} separator={gap} />
            <br />
            {ja('formPrint.dementia')}
            {gap}
            <Circles options={dementiaLevels} chosen={c.dementia} labelOf={shared('dementia')} separator={gap} />
          </td>
        </tr>
        <tr>
          <th scope="row">{label('careLevel')}</th>
          <td colSpan={2}>
            <CareLevel value={c.careLevel} />
          </td>
        </tr>
        <tr>
          <th scope="row">{label('pressureUlcerDepth')}</th>
          <td colSpan={2}>
            <Circles options={pressureUlcerDepths} chosen={c.pressureUlcerDepth} labelOf={option('pressureUlcerDepth')} separator={gap} />
          </td>
        </tr>
        <tr>
          <th scope="row">{label('devices')}</th>
          <td colSpan={2}>
            <ul className="print-devices">
              {medicalDevices.map((device) => (
                <li key={device}>
                  <span
                    className={c.devices.includes(device) ? 'circled' : undefined}
                    data-chosen={c.devices.includes(device) || undefined}
                  >
                    {option('devices')(device)}
                  </span>
                  <DeviceDetail device={device} content={c} />
                </li>
              ))}
            </ul>
          </td>
        </tr>
        <tr>
          <th scope="col" colSpan={4} className="print-section">
            {ja('formPrint.notes')}
          </th>
        </tr>
        <Row label={label('lifeNotes')}>
          <Text value={c.lifeNotes} />
        </Row>
        <Row label={ja('formPrint.notesTwo')}>
          <p>{ja('formPrint.rehab', { minutes: c.rehabMinutes ?? gap, times: c.rehabTimesPerWeek ?? gap })}</p>
          {(['woundCare', 'deviceCare', 'otherInstructions'] as const).map((key) => (
            <p key={key}>
              {label(key).replace(/^Ⅱ /, '')}
              {gap}
              <Text value={c[key]} />
            </p>
          ))}
        </Row>
        <Row label={label('dripInstructions')}>
          <Text value={drip ? c.dripInstructions : ''} />
        </Row>
        <Row label={label('emergencyContact')}>
          <Text value={c.emergencyContact} />
        </Row>
        <Row label={label('absenceResponse')}>
          <Text value={c.absenceResponse} />
        </Row>
        <Row label={label('specialNotes')}>
          <Text value={c.specialNotes} />
        </Row>
        <Row label={label('otherStation')}>
          <Circles
            options={yesNo}
            chosen={c.otherStation}
            labelOf={(value) => ja(value === 'yes' ? 'formPrint.some' : 'formPrint.none')}
            separator={gap}
          />
          ：{ja('formPrint.stationNamed')} <Text value={c.otherStation === 'yes' ? c.otherStationName : ''} />
        </Row>
        <Row label={label('suctionAgency')}>
          <Circles
            options={yesNo}
            chosen={c.suctionAgency}
            labelOf={(value) => ja(value === 'yes' ? 'formPrint.some' : 'formPrint.none')}
            separator={gap}
          />
          ：{ja('formPrint.agencyNamed')} <Text value={c.suctionAgency === 'yes' ? c.suctionAgencyName : ''} />
        </Row>
      </Grid>
      <SignOff
        statement={
          <p>
            {ja('formPrint.instructed')}
            {gap}
            <Wareki day={c.issuedOn} />
          </p>
        }
        details={[
          [label('clinicName'), c.clinicName],
          [label('clinicAddress'), c.clinicAddress],
          [label('clinicPhone'), c.clinicPhone],
          [label('clinicFax'), c.clinicFax],
        ]}
        signer={[label('doctorName'), c.doctorName]}
        addressee={c.addressee}
        meta={meta}
      />
    </Sheet>
  );
}
