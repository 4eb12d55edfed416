import { describe, expect, it } from 'vitest';
import { japanDate } from '@/lib/time/japan-time';
import type { VisitDay } from '@/lib/forms/templates/report';
import { visitMarks, visitsForMonths, visitsFromRecords, withVisitDay, type VisitStaff } from '@/lib/forms/visit-calendar';

const staff = new Map<string, VisitStaff>([
  ['nurse', { facilityId: 'station', profession: 'nurse' }],
  ['pt', { facilityId: 'station', profession: 'pt' }],
  ['doctor', { facilityId: 'clinic', profession: 'doctor' }],
]);
const at = (day: string, time: string) => japanDate(day, time).getTime();

describe('visitsFromRecords', () => {
  it('counts the station’s visits per Japanese day, records within two hours as one visit', () => {
    const visits = visitsFromRecords(
      [
        { authorId: 'nurse', at: at('2026-11-02', '10:00:00'), category: 'vitals' },
        { authorId: 'nurse', at: at('2026-11-02', '10:40:00'), category: 'care' },
        { authorId: 'nurse', at: at('2026-11-02', '16:00:00') },
        { authorId: 'pt', at: at('2026-11-05', '14:00:00'), category: 'care' },
        // Not a visit: the office's message, the clinic's doctor, another month.
        { authorId: 'nurse', at: at('2026-11-06', '09:00:00'), category: 'message' },
        { authorId: 'doctor', at: at('2026-11-07', '09:00:00'), category: 'clinical' },
        { authorId: 'nurse', at: at('2026-12-01', '09:00:00'), category: 'care' },
        // 23:30 on 30 November in Japan is still November.
        { authorId: 'nurse', at: at('2026-11-30', '23:30:00'), category: 'handover' },
      ],
      staff,
      'station',
      ['2026-11'],
    );
    expect(visits).toEqual([
      { date: '2026-11-02', count: 2, therapist: false, special: false, emergency: false, long: false },
      { date: '2026-11-05', count: 1, therapist: true, special: false, emergency: false, long: false },
      { date: '2026-11-30', count: 1, therapist: false, special: false, emergency: false, long: false },
    ]);
  });
});

describe('visitMarks and withVisitDay', () => {
  const day = { date: '2026-11-02', count: 2, therapist: false, special: true, emergency: true, long: false };
  it('derives the printed marks from the facts', () => {
    expect(visitMarks(day)).toEqual(['◎', '△', '×']);
    expect(visitMarks({ ...day, count: 1, special: false, emergency: false, therapist: true, long: true })).toEqual(['○', '□', '◇']);
  });
  it('replaces a day and drops one left empty', () => {
    expect(withVisitDay([day], { ...day, count: 0, special: false, emergency: false })).toEqual([]);
    expect(withVisitDay([day], { ...day, date: '2026-11-01' }).map((visit) => visit.date)).toEqual(['2026-11-01', '2026-11-02']);
  });
});

describe('visitsForMonths', () => {
  const visit = (date: string, fields: Partial<VisitDay> = {}): VisitDay => ({
    date,
    count: 1,
    therapist: false,
    special: false,
    emergency: false,
    long: false,
    ...fields,
  });
  const november = [visit('2026-11-02', { emergency: true }), visit('2026-11-05')];
  const foundDecember = [visit('2026-12-03'), visit('2026-12-07', { count: 2 })];

  it('drops the old month’s days and fills the new month from the records when the month changes', () => {
    expect(visitsForMonths(november, foundDecember, ['2026-12'])).toEqual(foundDecember);
  });

  it('keeps the corrected days of a month still shown, and fills the month added beside it', () => {
    const found = [visit('2026-11-02'), visit('2026-11-05'), visit('2026-11-09'), ...foundDecember];
    expect(visitsForMonths(november, found, ['2026-11', '2026-12'])).toEqual([...november, ...foundDecember]);
    // Back to one month: the second month's days go.
    expect(visitsForMonths([...november, ...foundDecember], found, ['2026-11'])).toEqual(november);
  });

  it('leaves an empty calendar when no month is chosen', () => {
    expect(visitsForMonths(november, [], [])).toEqual([]);
  });
});
