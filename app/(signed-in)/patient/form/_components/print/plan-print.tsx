/** 訪問看護計画書 (別紙様式1) on A4. */
import { yesNo } from '@/lib/forms/choices';
import type { PlanContent } from '@/lib/forms/templates/plan';
import { CareLevel, PatientRow, SignOff } from './shared-prints';
import { Circles, Grid, ja, labelsOf, Row, Sheet, Text, Wareki, type PrintMeta, gap } from './print-parts';

const { label, option } = labelsOf('planForm');
const some = (value: string) => ja(value === 'yes' ? 'formPrint.some' : 'formPrint.none');

/** At least this many lines, as the printed table has. */
function padded<Row>(rows: Row[], count: number): Array<Row | null> {
  return [...rows, ...Array<null>(Math.max(0, count - rows.length)).fill(null)];
}

export function PlanPrint({ content: c, meta }: { content: PlanContent; meta: PrintMeta | null }) {
  return (
    <Sheet className="print-plan">
      <header className="print-title">
        <h1>{ja('formPrint.planTitle')}</h1>
      </header>
      <Grid>
        <PatientRow
          labels={[label('patientName'), label('birthDate')]}
          name={c.patientName}
          kana={c.patientKana}
          birthDate={c.birthDate}
          on={c.createdOn}
        />
        <Row label={label('careLevel')}>
          <CareLevel value={c.careLevel} />
        </Row>
        <Row label={label('patientAddress')}>
          <Text value={c.patientAddress} />
        </Row>
        <Row label={label('goals')}>
          <Text value={c.goals} />
        </Row>
      </Grid>
      <table className="print-grid print-table">
        <thead>
          <tr>
            <th scope="col">{ja('planForm.problems.date')}</th>
            <th scope="col">{ja('planForm.problems.problem')}</th>
            <th scope="col">{ja('planForm.problems.evaluation')}</th>
          </tr>
        </thead>
        <tbody>
          {padded(c.problems, 4).map((row, index) => (
            <tr key={index} className="print-tall">
              <td>{row?.date ? <Wareki day={row.date} /> : null}</td>
              <td>
                <Text value={row?.problem} />
              </td>
              <td>
                <Text value={row?.evaluation} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Grid>
        <Row label={label('suppliesNeeded')}>
          <Circles options={[...yesNo].reverse()} chosen={c.suppliesNeeded} labelOf={some} separator="・" />
        </Row>
      </Grid>
      <table className="print-grid print-table">
        <thead>
          <tr>
            <th scope="col">{ja('planForm.supplies.procedure')}</th>
            <th scope="col">{ja('planForm.supplies.material')}</th>
            <th scope="col">{ja('planForm.supplies.quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {padded(c.suppliesNeeded === 'yes' ? c.supplies : [], 2).map((row, index) => (
            <tr key={index}>
              <td>{row?.procedure}</td>
              <td>{row?.material}</td>
              <td>{row?.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Grid>
        <Row label={label('plannedProfessions')}>
          <Text value={c.plannedProfessions} />
        </Row>
        <Row label={label('remarks')}>
          <Text value={c.remarks} />
        </Row>
        <Row label={label('author1Name')}>
          {c.author1Name}
          {gap}
          {ja('formPrint.profession')}：
          <Circles options={['nurse', 'publicHealthNurse']} chosen={c.author1Profession} labelOf={option('author1Profession')} />
        </Row>
        <Row label={label('author2Name')}>
          {c.author2Name}
          {gap}
          {ja('formPrint.profession')}：
          <Circles options={['pt', 'ot', 'st']} chosen={c.author2Profession} labelOf={option('author2Profession')} />
        </Row>
      </Grid>
      <SignOff
        statement={
          <>
            <p>{ja('formPrint.planned')}</p>
            <p>
              <Wareki day={c.createdOn} />
            </p>
          </>
        }
        details={[[label('stationName'), c.stationName]]}
        signer={[label('managerName'), c.managerName]}
        addressee={c.addressee}
        meta={meta}
      />
    </Sheet>
  );
}
