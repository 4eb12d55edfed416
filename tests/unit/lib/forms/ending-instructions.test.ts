import { describe, expect, it } from 'vitest';
import { endingInstructions } from '@/lib/forms/ending-instructions';

const patients = new Map([
  ['p1', '山田 花子'],
  ['p2', '佐藤 一郎'],
]);
const today = '2026-12-01';

let serial = 0;
function instruction(
  periodEnd: string | null,
  fields: { patientId?: string; seriesId?: string; version?: number; status?: 'draft' | 'final' } = {},
) {
  serial += 1;
  return {
    patientId: fields.patientId ?? 'p1',
    template: 'visitingNursingInstruction' as const,
    status: fields.status ?? ('final' as const),
    seriesId: fields.seriesId ?? `series-${serial}`,
    version: fields.version ?? 1,
    periodEnd,
  };
}
const ending = (forms: Array<ReturnType<typeof instruction>>) =>
  endingInstructions(forms, patients, today).map(({ patientId, end, daysLeft }) => [patientId, end, daysLeft]);

describe('endingInstructions', () => {
  it('names an instruction from 14 days before its end, not 15', () => {
    expect(ending([instruction('2026-12-15')])).toEqual([['p1', '2026-12-15', 14]]);
    expect(ending([instruction('2026-12-16')])).toEqual([]);
  });

  it('names it on its last day (0 days left) and for 30 days after it ended', () => {
    expect(ending([instruction('2026-12-01')])).toEqual([['p1', '2026-12-01', 0]]);
    expect(ending([instruction('2026-11-30')])).toEqual([['p1', '2026-11-30', -1]]);
    expect(ending([instruction('2026-11-01')])).toEqual([['p1', '2026-11-01', -30]]);
    expect(ending([instruction('2026-10-31')])).toEqual([]);
  });

  it('goes by the furthest instruction of each patient: a new one silences the old one’s end', () => {
    expect(ending([instruction('2026-12-05'), instruction('2027-05-31')])).toEqual([]);
    expect(ending([instruction('2026-12-05'), instruction('2026-12-10', { patientId: 'p2' })])).toEqual([
      ['p1', '2026-12-05', 4],
      ['p2', '2026-12-10', 9],
    ]);
  });

  it('warns by the corrected end when a correction shortens the period, and not when it lengthens it', () => {
    const original = instruction('2027-03-31', { seriesId: 's' });
    expect(ending([original])).toEqual([]);
    expect(ending([original, instruction('2026-12-10', { seriesId: 's', version: 2 })])).toEqual([['p1', '2026-12-10', 9]]);
    // The order the device holds them in does not matter.
    expect(ending([instruction('2026-12-10', { seriesId: 's', version: 2 }), original])).toEqual([['p1', '2026-12-10', 9]]);
    const shortOriginal = instruction('2026-12-10', { seriesId: 't' });
    expect(ending([shortOriginal, instruction('2027-03-31', { seriesId: 't', version: 2 })])).toEqual([]);
  });

  it('ignores drafts (a correction not yet finalised changes nothing) and patients not on the device', () => {
    const original = instruction('2026-12-10', { seriesId: 'u' });
    expect(ending([original, instruction('2027-03-31', { seriesId: 'u', version: 2, status: 'draft' })])).toEqual([
      ['p1', '2026-12-10', 9],
    ]);
    expect(ending([instruction('2026-12-10', { patientId: 'p3' })])).toEqual([]);
  });
});
