import { describe, expect, it } from 'vitest';
import { findFormProblems } from '@/lib/forms/form-problems';
import { prefillForm, type PrefillSources } from '@/lib/forms/prefill';
import { parseFormContent } from '@/lib/forms/templates';

const sources: PrefillSources = {
  today: '2026-11-30',
  patient: {
    name: '山田 花子',
    nameKana: 'ヤマダ ハナコ',
    birthDate: '1938-04-12',
    sex: 'female',
    address: 'みどり市中央1-2-3',
    phone: '042-000-1234',
  },
  author: { name: '佐々木 由美', profession: 'nurse', facilityName: 'みどり訪問看護ステーション' },
  previous: null,
  ownLatest: { managerName: '井上 直子', clinicPhone: '' },
  doctorName: '青木 誠',
  stationName: 'みどり訪問看護ステーション',
  month: '2026-11',
  visits: [{ date: '2026-11-02', count: 1, therapist: false, special: false, emergency: false, long: false }],
};

describe('prefillForm', () => {
  it('fills a report from the patient, the author, the team and the month’s visits, leaving what only the nurse knows', () => {
    const content = prefillForm('visitingNursingReport', sources);
    expect(content).toMatchObject({
      patientName: '山田 花子',
      birthDate: '1938-04-12',
      patientAddress: 'みどり市中央1-2-3',
      reportMonth: '2026-11',
      visits: sources.visits,
      authorName: '佐々木 由美',
      authorProfession: 'nurse',
      reportedOn: '2026-11-30',
      stationName: 'みどり訪問看護ステーション',
      managerName: '井上 直子',
      addressee: '青木 誠',
    });
    expect(parseFormContent('visitingNursingReport', content)).toEqual(content);
    expect(findFormProblems('visitingNursingReport', content).map((problem) => problem.key)).toEqual(['course', 'careContent']);
  });

  it('starts an instruction from the last one, with new dates and the doctor’s own clinic details', () => {
    const previous = {
      diseases: [{ name: '慢性心不全', code: '4289003' }],
      instructionStart: '2026-05-01',
      issuedOn: '2026-05-01',
      bedridden: 'A2',
    };
    const content = prefillForm('visitingNursingInstruction', {
      ...sources,
      author: { name: '青木 誠', profession: 'doctor', facilityName: 'みどり在宅クリニック' },
      previous,
      ownLatest: { clinicPhone: '042-000-0000', clinicAddress: 'みどり市1-1' },
    });
    expect(content).toMatchObject({
      diseases: previous.diseases,
      bedridden: 'A2',
      kinds: ['nursing'],
      instructionStart: '2026-11-30',
      issuedOn: '2026-11-30',
      clinicName: 'みどり在宅クリニック',
      clinicPhone: '042-000-0000',
      emergencyContact: 'みどり在宅クリニック 042-000-0000',
      doctorName: '青木 誠',
      addressee: 'みどり訪問看護ステーション',
    });
  });

  it('writes the opinion’s sex only where the form has a box for it', () => {
    const doctor = { ...sources, author: { name: '青木 誠', profession: 'doctor' as const, facilityName: 'みどり在宅クリニック' } };
    expect(prefillForm('physicianOpinion', doctor)).toMatchObject({ sex: 'female', opinionCount: 'first', writtenOn: '2026-11-30' });
    expect(prefillForm('physicianOpinion', { ...doctor, patient: { ...doctor.patient, sex: 'unknown' } }).sex).toBeNull();
  });
});
