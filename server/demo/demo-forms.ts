/**
 * The other official forms for 山田 花子, as drafts in progress (the instruction, finalised, comes
 * with her clinical record: demo-clinical.ts): the station's plan and this month's report by the
 * nurse, the physician's opinion for the care-level renewal by the doctor. Each starts from what
 * the app itself prefills, with the parts a person types filled in.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import { prefillForm, type PrefillSources } from '@/lib/forms/prefill';
import { japanDay } from '@/lib/time/japan-time';
import type { DbExecutor } from '@/server/db/client';
import { forms } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import type { StaffIds } from './demo-timeline';

const day = 86_400_000;
const patient = {
  name: '山田 花子',
  nameKana: 'ヤマダ ハナコ',
  birthDate: '1938-04-12',
  sex: 'female',
  address: 'みどり市中央1-2-3',
  phone: '042-000-1234',
} as const;
const nurse = { name: '佐々木 由美', profession: 'nurse', facilityName: 'みどり訪問看護ステーション' } as const;
const doctor = { name: '青木 誠', profession: 'doctor', facilityName: 'みどり在宅クリニック' } as const;

const typed: Partial<Record<FormTemplateId, Record<string, unknown>>> = {
  visitingNursingPlan: {
    careLevel: 'care2',
    goals: '心不全の増悪なく自宅で過ごせる。右踵部の褥瘡が治癒する。',
    plannedProfessions: '看護師',
  },
  visitingNursingReport: {
    careLevel: 'care2',
    course: '体重・浮腫は利尿薬の増量後に改善。右踵部褥瘡は縮小し、DESIGN-R 20点から4点へ。',
    careContent: '全身状態の観察、褥瘡処置、服薬確認、ご家族への介護指導。',
  },
  physicianOpinion: {},
};

export function seedDemoForms(tx: DbExecutor, staff: StaffIds, yamada: string, now = Date.now()): void {
  const today = japanDay(now);
  const drafts: Array<[FormTemplateId, typeof nurse | typeof doctor, number]> = [
    ['visitingNursingPlan', nurse, 18],
    ['visitingNursingReport', nurse, 0],
    ['physicianOpinion', doctor, 2],
  ];
  for (const [template, author, daysAgo] of drafts) {
    const sources: PrefillSources = {
      today: japanDay(now - daysAgo * day),
      patient,
      author,
      previous: null,
      ownLatest: null,
      doctorName: doctor.name,
      stationName: nurse.facilityName,
      month: today.slice(0, 7),
      visits: [],
    };
    const id = randomUUID();
    const written = now - daysAgo * day - 3_600_000;
    tx.insert(forms)
      .values({
        id,
        patientId: yamada,
        template,
        seriesId: id,
        version: 1,
        supersedesId: null,
        status: 'draft',
        authorId: author === nurse ? staff.nurse.userId : staff.doctor.userId,
        periodStart: null,
        periodEnd: null,
        content: { ...prefillForm(template, sources), ...typed[template] },
        postId: null,
        clientCreatedAt: written,
        serverCreatedAt: written + 60_000,
        finalizedAt: null,
        finalizedBy: null,
        seq: nextSeq(tx),
      })
      .run();
  }
}
