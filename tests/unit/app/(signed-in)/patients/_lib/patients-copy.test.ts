/** The patient list's kept copy: what a row shows of each patient, and the counts as they were. */
import { describe, expect, it } from 'vitest';
import { patientsCopyOf } from '@/app/(signed-in)/patients/_lib/use-patients-copy';
import type { PatientDoc } from '@/lib/schemas/patient';

const patient = (id: string, name: string): PatientDoc =>
  ({
    id,
    name,
    nameKana: 'ヤマダ ハナコ',
    birthDate: '1942-04-01',
    sex: 'female',
    archivedAt: null,
    address: '緑市緑町1-2-3',
    phone: '03-0000-0000',
    updatedAt: 5,
  }) as unknown as PatientDoc;

describe('patientsCopyOf', () => {
  it('keeps only what a row shows, and each patient’s counts', () => {
    const copy = patientsCopyOf(
      [patient('a', '山田 花子'), patient('b', '木村 千代')],
      new Map([['a', { unread: 3, lastActivityAt: 100 }]]),
    );
    expect(copy.patients).toEqual([
      { id: 'a', name: '山田 花子', nameKana: 'ヤマダ ハナコ', birthDate: '1942-04-01', sex: 'female', archivedAt: null },
      { id: 'b', name: '木村 千代', nameKana: 'ヤマダ ハナコ', birthDate: '1942-04-01', sex: 'female', archivedAt: null },
    ]);
    expect(JSON.stringify(copy)).not.toContain('緑市');
    expect(copy.activity).toEqual([['a', { unread: 3, lastActivityAt: 100 }]]);
  });
});
