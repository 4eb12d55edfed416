/**
 * What more than one printed form shares: the care level as the forms circle it, a patient's birth
 * date with age, and the foot of the form (the statement and date, who signs with 印, to whom 殿).
 */
import { Fragment, type ReactNode } from 'react';
import { ageOn } from '@/app/(signed-in)/patient/_lib/age';
import { Footer, ja, Wareki, gap, type PrintMeta } from './print-parts';

/** 「自立 要支援（1 2） 要介護（1 2 3 4 5）」 with the applicable one circled. */
export function CareLevel({ value }: { value: unknown }) {
  const mark = (code: string, text: ReactNode) => (
    <span className={value === code ? 'circled' : undefined} data-chosen={value === code || undefined}>
      {text}
    </span>
  );
  return (
    <span className="print-choices">
      {mark('independent', ja('formChoice.careLevel.independent'))}
      {gap}
      {ja('formPrint.support')}（{mark('support1', '1')}
      {gap}
      {mark('support2', '2')}）{gap}
      {ja('formPrint.care')}（{mark('care1', '1')}
      {gap}
      {mark('care2', '2')}
      {gap}
      {mark('care3', '3')}
      {gap}
      {mark('care4', '4')}
      {gap}
      {mark('care5', '5')}）
    </span>
  );
}

/** A form's first row: the patient (with the kana above, where the form prints it) and the birth date with the age. */
export function PatientRow({
  labels,
  name,
  kana,
  birthDate,
  on,
}: {
  labels: readonly [name: string, birthDate: string];
  name: ReactNode;
  kana?: ReactNode;
  birthDate: unknown;
  on: unknown;
}) {
  return (
    <tr>
      <th scope="row">{labels[0]}</th>
      <td>
        {kana !== undefined && <span className="print-kana">{kana}</span>}
        <strong className="print-name">{name}</strong> {ja('formPrint.sama')}
      </td>
      <th scope="row">{labels[1]}</th>
      <td>
        <BirthDate birthDate={birthDate} on={on} />
      </td>
    </tr>
  );
}

/** A birth date in 和暦 with the age on the form's date. */
export function BirthDate({ birthDate, on }: { birthDate: unknown; on: unknown }) {
  const age = typeof birthDate === 'string' && birthDate ? ageOn(birthDate, typeof on === 'string' && on ? on : undefined) : null;
  return (
    <>
      <Wareki day={birthDate} />
      {age !== null && ja('formPrint.age', { age })}
    </>
  );
}

/** The foot of a form: the statement with its date, the sender's details, the signer (印) and the addressee (殿). */
export function SignOff({
  statement,
  details,
  signer,
  addressee,
  meta,
}: {
  statement: ReactNode;
  details: Array<readonly [label: string, value: ReactNode]>;
  signer: readonly [label: string, name: ReactNode];
  addressee: ReactNode;
  meta: PrintMeta | null;
}) {
  return (
    <footer className="print-sign">
      {statement}
      <dl>
        {details.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
        <dt>{signer[0]}</dt>
        <dd>
          {signer[1]}
          {gap}
          {ja('formPrint.seal')}
        </dd>
      </dl>
      <p className="print-addressee">
        {addressee}
        {gap}
        {ja('formPrint.dono')}
      </p>
      <Footer meta={meta} />
    </footer>
  );
}
