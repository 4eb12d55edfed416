/** Rows more than one printed form shares: the care level as the forms circle it, a patient's birth date with age. */
import type { ReactNode } from 'react';
import { ageOn } from '@/app/(signed-in)/patient/_lib/age';
import { ja, Wareki, gap } from './print-parts';

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
