/**
 * The other official forms for 山田 花子, as drafts in progress (the instruction, finalised, comes
 * with her clinical record: demo-clinical.ts): the station's plan and this month's report by the
 * nurse, the physician's opinion for the care-level renewal by the doctor. Each starts from what
 * the app itself prefills — the report's calendar from the month's visit records, as a tablet
 * fills it — with the parts a person types filled in, and carries its period as the app stores it.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, isNull, lt } from 'drizzle-orm';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import { nextMonth } from '@/lib/forms/calendar-days';
import { prefillForm, type PrefillSources } from '@/lib/forms/prefill';
import { templateOf } from '@/lib/forms/templates';
import type { VisitDay } from '@/lib/forms/templates/report';
import { visitsFromRecords, type VisitRecord, type VisitStaff } from '@/lib/forms/visit-calendar';
import { japanDate, japanDay } from '@/lib/time/japan-time';
import type { DbExecutor } from '@/server/db/client';
import { forms, observations, posts, users } from '@/server/db/schema';
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

/** The month's visits by the nurse's station, from the demo's posts and readings (seeded before the forms). */
function monthVisits(tx: DbExecutor, staff: StaffIds, patientId: string, month: string): VisitDay[] {
  const from = japanDate(`${month}-01`).getTime();
  const until = japanDate(`${nextMonth(month)}-01`).getTime();
  const records: VisitRecord[] = [
    ...tx
      .select({ authorId: posts.authorId, at: posts.clientCreatedAt, category: posts.category })
      .from(posts)
      .where(
        and(eq(posts.patientId, patientId), gte(posts.clientCreatedAt, from), lt(posts.clientCreatedAt, until), isNull(posts.retractedAt)),
      )
      .all(),
    ...tx
      .select({ authorId: observations.authorId, at: observations.measuredAt })
      .from(observations)
      .where(
        and(
          eq(observations.patientId, patientId),
          eq(observations.kind, 'vitals'),
          gte(observations.measuredAt, from),
          lt(observations.measuredAt, until),
          isNull(observations.retractedAt),
        ),
      )
      .all(),
  ];
  const people = tx
    .select({ id: users.id, facilityId: users.facilityId, profession: users.profession })
    .from(users)
    .where(inArray(users.id, [...new Set(records.map((record) => record.authorId))]))
    .all();
  const byId = new Map<string, VisitStaff>(
    people.map((person) => [person.id, { facilityId: person.facilityId, profession: person.profession }]),
  );
  return visitsFromRecords(records, byId, staff.nurse.facilityId, [month]);
}

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
      visits: template === 'visitingNursingReport' ? monthVisits(tx, staff, yamada, today.slice(0, 7)) : [],
    };
    const content = { ...prefillForm(template, sources), ...typed[template] };
    const period = templateOf(template).period(content);
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
        periodStart: period?.start ?? null,
        periodEnd: period?.end ?? null,
        content,
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
