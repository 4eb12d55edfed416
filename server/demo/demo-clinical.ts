/**
 * 山田 花子's measurements and forms for the demo: three weeks of vital signs by the visiting nurse
 * (those of her vitals posts attached to them), and the physician's visiting nursing instruction
 * of one month, issued when care began — so it ends within the home screen's 14-day warning.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { formOfficialNames } from '@/lib/domain/form-templates';
import { emptyFormContent } from '@/lib/forms/templates';
import { instructionTemplate } from '@/lib/forms/templates/instruction';
import { formatWareki } from '@/lib/i18n/wareki';
import type { VitalSigns } from '@/lib/schemas/observation';
import { japanDay } from '@/lib/time/japan-time';
import type { DbExecutor } from '@/server/db/client';
import { forms, observations, posts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { addPost, type StaffIds } from './demo-timeline';

const day = 86_400_000;

/** [days ago, hour, BT, systolic, diastolic, pulse, respiration, SpO2, weight] — the posts' own values on their days. */
const readings: Array<[number, number, number, number, number, number, number, number, number | null]> = [
  [20, 11, 36.4, 134, 80, 78, 18, 96, 48.0],
  [18, 11, 36.5, 132, 78, 76, 18, 96, 48.2],
  [17, 10, 36.6, 130, 76, 78, 18, 95, null],
  [15, 10, 36.7, 128, 76, 80, 18, 96, 48.4],
  [13, 14, 37.6, 136, 82, 88, 22, 94, null],
  [12, 11, 36.8, 128, 74, 80, 20, 95, 48.9],
  [11, 10, 36.6, 126, 74, 78, 18, 95, 48.7],
  [10, 10, 36.5, 124, 72, 76, 18, 96, 48.3],
  [8, 11, 36.4, 120, 70, 72, 16, 97, 47.9],
  [6, 10, 36.5, 122, 72, 74, 16, 97, 47.8],
  [5, 10, 36.6, 124, 74, 74, 16, 97, 47.8],
  [3, 15, 36.5, 122, 70, 72, 16, 97, 47.7],
  [1, 11, 36.6, 124, 72, 74, 16, 97, 47.6],
  [0, 8, 36.5, 122, 72, 72, 16, 97, null],
];

export function seedDemoClinical(tx: DbExecutor, staff: StaffIds, yamada: string, now = Date.now()): void {
  const at = (daysAgo: number, hour: number) => Math.floor((now - daysAgo * day) / day) * day + (hour - 9) * 3_600_000;
  const vitalsPosts = tx
    .select({ id: posts.id, at: posts.clientCreatedAt })
    .from(posts)
    .where(and(eq(posts.patientId, yamada), eq(posts.category, 'vitals')))
    .all();
  for (const [daysAgo, hour, temperature, systolic, diastolic, pulse, respiratoryRate, spo2, weight] of readings) {
    const measuredAt = at(daysAgo, hour);
    const vitals: VitalSigns = {
      temperature,
      temperatureSite: 'axillary',
      systolic,
      diastolic,
      pulse,
      respiratoryRate,
      spo2,
      oxygen: 'roomAir',
      oxygenFlow: null,
      weight,
    };
    tx.insert(observations)
      .values({
        id: randomUUID(),
        patientId: yamada,
        authorId: staff.nurse.userId,
        kind: 'vitals',
        measuredAt,
        postId: vitalsPosts.find((post) => post.at === measuredAt)?.id ?? null,
        attachmentId: null,
        vitals,
        clientCreatedAt: measuredAt,
        serverCreatedAt: measuredAt + 60_000,
        seq: nextSeq(tx),
      })
      .run();
  }

  const issued = at(20, 16);
  const start = japanDay(issued);
  const content = {
    ...emptyFormContent('visitingNursingInstruction'),
    kinds: ['nursing'],
    instructionStart: start,
    patientName: '山田 花子',
    birthDate: '1938-04-12',
    patientAddress: 'みどり市中央1-2-3',
    patientPhone: '042-000-1234',
    diseases: [
      { name: '慢性心不全', code: '' },
      { name: '2型糖尿病', code: '' },
      { name: '腰椎圧迫骨折', code: '' },
    ],
    condition: '心不全（NYHA II）。下腿浮腫軽度。体重増加（2日で1kg以上）時は連絡のこと。血糖は内服で安定。',
    medications: [
      { name: 'フロセミド', dose: '20', unit: 'mg', usage: '1日1回 朝食後' },
      { name: 'エナラプリル', dose: '5', unit: 'mg', usage: '1日1回 朝食後' },
      { name: 'メトホルミン', dose: '250', unit: 'mg', usage: '1日1回 夕食後' },
    ],
    bedridden: 'A2',
    dementia: 'I',
    careLevel: 'care2',
    lifeNotes: '塩分・水分の過剰摂取に注意。毎訪問時に体重測定。転倒予防。',
    woundCare: '仙骨部の発赤に注意し、体位変換と除圧を指導。',
    emergencyContact: 'みどり在宅クリニック 042-000-0000（24時間対応）',
    absenceResponse: '同上（オンコール医師へ転送）',
    otherStation: 'no',
    suctionAgency: 'no',
    issuedOn: start,
    clinicName: 'みどり在宅クリニック',
    clinicAddress: 'みどり市中央3-4-5',
    clinicPhone: '042-000-0000',
    clinicFax: '042-000-0001',
    doctorName: '青木 誠',
    addressee: 'みどり訪問看護ステーション',
  };
  const period = instructionTemplate.period(content as never);
  const postId = addPost(
    tx,
    yamada,
    staff.doctor.userId,
    'clinical',
    `${formOfficialNames.visitingNursingInstruction}（${formatWareki(period?.start ?? null)}〜${formatWareki(period?.end ?? null)}）`,
    issued,
  );
  const id = randomUUID();
  tx.insert(forms)
    .values({
      id,
      patientId: yamada,
      template: 'visitingNursingInstruction',
      seriesId: id,
      version: 1,
      supersedesId: null,
      status: 'final',
      authorId: staff.doctor.userId,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      content,
      postId,
      clientCreatedAt: issued - 3_600_000,
      serverCreatedAt: issued,
      finalizedAt: issued,
      finalizedBy: staff.doctor.userId,
      seq: nextSeq(tx),
    })
    .run();
}
