/** 訪問看護報告書 (別紙様式2) on A4, with the calendar of visit days (and the right-hand one when they span two months). */
import { daysOfMonth } from '@/lib/forms/calendar-days';
import { yesNo } from '@/lib/forms/choices';
import { visitMarks } from '@/lib/forms/visit-calendar';
import { reportMonths, type ReportContent, type VisitDay } from '@/lib/forms/templates/report';
import { formatWarekiMonth } from '@/lib/i18n/wareki';
import { CareLevel, PatientRow, SignOff } from './shared-prints';
import { Circles, Grid, ja, labelsOf, Row, Sheet, Text, Wareki, type PrintMeta, gap } from './print-parts';

const { label, option } = labelsOf('reportForm');
/** 日 月 火 … as the printed calendar heads its columns (1970-01-04 was a Sunday). */
const weekdays = Array.from({ length: 7 }, (_, index) =>
  new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 4 + index)),
);

function MonthCalendar({ month, visits }: { month: string; visits: ReadonlyMap<string, VisitDay> }) {
  const days = daysOfMonth(month);
  const lead = new Date(`${month}-01T00:00:00Z`).getUTCDay();
  const cells: Array<string | null> = [...Array<null>(lead).fill(null), ...days];
  return (
    <table className="print-calendar">
      <caption>{formatWarekiMonth(month)}</caption>
      <thead>
        <tr>
          {weekdays.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => (
          <tr key={week}>
            {Array.from({ length: 7 }, (_, index) => {
              const date = cells[week * 7 + index];
              const visit = date ? visits.get(date) : undefined;
              const ring = visit && visit.count >= 2 ? 'double-circled' : visit && visit.count === 1 ? 'circled' : undefined;
              const others = visit ? visitMarks(visit).filter((mark) => mark !== '○' && mark !== '◎') : [];
              return (
                <td key={index}>
                  {date && (
                    <>
                      <span className={ring} data-visits={visit?.count || undefined}>
                        {Number(date.slice(8))}
                      </span>
                      {others.length > 0 && <span className="print-marks">{others.join('')}</span>}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportPrint({ content: c, meta }: { content: ReportContent; meta: PrintMeta | null }) {
  const visits = new Map(c.visits.map((visit) => [visit.date, visit]));
  const months = reportMonths(c);
  return (
    <Sheet className="print-report">
      <header className="print-title">
        <h1>{ja('formPrint.reportTitle')}</h1>
      </header>
      <Grid>
        <PatientRow labels={[label('patientName'), label('birthDate')]} name={c.patientName} birthDate={c.birthDate} on={c.reportedOn} />
        <Row label={label('careLevel')}>
          <CareLevel value={c.careLevel} />
        </Row>
        <Row label={label('patientAddress')}>
          <Text value={c.patientAddress} />
        </Row>
        <Row label={label('visits')}>
          <div className="print-calendars">
            {(months.length > 0 ? months : [null]).map((month, index) =>
              month ? <MonthCalendar key={month} month={month} visits={visits} /> : <div key={index} className="print-calendar" />,
            )}
          </div>
          <p className="print-note">{ja('formPrint.visitNote')}</p>
        </Row>
        <Row label={label('course')}>
          <Text value={c.course} />
        </Row>
        <Row label={label('careContent')}>
          <Text value={c.careContent} />
        </Row>
        <Row label={label('homeCare')}>
          <Text value={c.homeCare} />
        </Row>
        <Row label={ja('formPrint.suppliesUse')}>
          {label('suppliesName')}（<Text value={c.suppliesName} />）{gap}
          {label('suppliesFrequency')}（<Text value={c.suppliesFrequency} />）{gap}
          {label('suppliesAmount')}（<Text value={c.suppliesAmount} />）
        </Row>
        <Row label={ja('formPrint.suppliesChange')}>
          {label('suppliesChange')}：
          <Circles
            options={[...yesNo].reverse()}
            chosen={c.suppliesChange}
            labelOf={(value) => ja(value === 'yes' ? 'formPrint.some' : 'formPrint.none')}
          />
          <br />
          {label('suppliesChangeDetail')}：<Text value={c.suppliesChange === 'yes' ? c.suppliesChangeDetail : ''} />
        </Row>
        <Row label={label('informationProvided')}>
          <Text value={c.informationProvided} />
        </Row>
        <Row label={label('specialNotes')}>
          <Text value={c.specialNotes} />
        </Row>
        <Row label={ja('formPrint.author')}>
          {c.authorName}
          {gap}
          {ja('formPrint.profession')}：
          <Circles options={['nurse', 'publicHealthNurse']} chosen={c.authorProfession} labelOf={option('authorProfession')} />
        </Row>
      </Grid>
      <SignOff
        statement={
          <>
            <p>{ja('formPrint.reported')}</p>
            <p>
              <Wareki day={c.reportedOn} />
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
