/**
 * The demo patients and a few weeks of their timelines: 山田 花子, cared for by the doctor, nurse,
 * care manager and pharmacist; 佐藤 一郎, by the doctor and the nurse of another station (so
 * demo-outsider sees him but never 山田 花子). `extraPosts` adds generated posts for benchmarks.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PostCategory } from '@/lib/domain/categories';
import type { DbExecutor } from '@/server/db/client';
import { careTeamMembers, comments, patients, posts, readReceipts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';

export type Staff = 'doctor' | 'nurse' | 'caremanager' | 'pharmacist' | 'outsider';
export type StaffIds = Record<Staff, { userId: string; facilityId: string }>;

const day = 86_400_000;

/** [days ago, hour, author, category, text, private recipient?] */
const yamadaPosts: Array<[number, number, Staff, PostCategory, string, Staff?]> = [
  [
    20,
    10,
    'caremanager',
    'meeting',
    'サービス担当者会議を実施しました。訪問看護 週2回（月・木）、訪問介護 毎日、訪問薬剤管理 月2回で開始します。ご本人の希望は「最期まで自宅で過ごしたい」。',
  ],
  [
    19,
    14,
    'doctor',
    'clinical',
    '初回訪問診療。心不全（NYHA II）、2型糖尿病、腰椎圧迫骨折後。下腿浮腫軽度。体重測定を毎訪問お願いします。',
  ],
  [18, 11, 'nurse', 'vitals', 'BT 36.5℃ BP 132/78 P 76 SpO2 96% 体重 48.2kg。下腿浮腫（＋）。食事摂取 7割。'],
  [
    17,
    15,
    'pharmacist',
    'medication',
    '一包化に変更しました。朝：フロセミド20mg、エナラプリル5mg。夕：メトホルミン250mg。お薬カレンダーを居間に設置。',
  ],
  [15, 10, 'nurse', 'care', '入浴介助。仙骨部に発赤（1cm、消退あり）。体位変換の声かけをヘルパーさんにお願いしました。'],
  [14, 9, 'caremanager', 'message', '長男の太郎さんより、来週から日中不在が増えるとの連絡。緊急連絡先は携帯へ。'],
  [13, 16, 'doctor', 'clinical', '仙骨部発赤、褥瘡の初期変化の可能性。エアマットへの変更を検討してください。', 'nurse'],
  [12, 11, 'nurse', 'vitals', 'BT 36.8℃ BP 128/74 P 80 SpO2 95% 体重 48.9kg（+0.7kg）。浮腫やや増強。'],
  [12, 13, 'nurse', 'handover', '体重増加あり、主治医に報告済み。フロセミド増量の指示待ち。水分摂取量の記録をお願いします。'],
  [11, 17, 'doctor', 'medication', 'フロセミドを40mgに増量します。3日後に体重・浮腫を再評価。'],
  [10, 10, 'pharmacist', 'medication', '増量分を配薬しました。ふらつき・口渇に注意。残薬なし。'],
  [8, 11, 'nurse', 'vitals', 'BT 36.4℃ BP 120/70 P 72 SpO2 97% 体重 47.9kg。浮腫軽減。食事 8割。'],
  [7, 14, 'caremanager', 'care', '福祉用具業者と調整し、エアマットを本日導入しました。'],
  [5, 10, 'nurse', 'care', '仙骨部発赤は消失。エアマット使用で良好。排便 2日に1回。'],
  [3, 15, 'doctor', 'report', '訪問診療。状態安定。採血：BNP 120（前回180）、HbA1c 6.8%。次回2週間後。'],
  [2, 9, 'pharmacist', 'message', '来週の配薬日を木曜に変更させてください。'],
  [
    2,
    17,
    'nurse',
    'message',
    '長男の太郎さんから、ご本人にまだ伝えていない病状の見通しについて相談がありました。次回の訪問診療の前に少しお時間をください。',
    'doctor',
  ],
  [1, 11, 'nurse', 'vitals', 'BT 36.6℃ BP 124/72 P 74 SpO2 97% 体重 47.6kg。夜間の咳なし。'],
  [0, 8, 'nurse', 'handover', '本日午後の訪問は15時に変更。ご家族了承済み。'],
];

const satoPosts: Array<[number, number, Staff, PostCategory, string]> = [
  [9, 10, 'doctor', 'clinical', '初回訪問。COPD、在宅酸素 2L/分。労作時の息切れあり。'],
  [6, 14, 'outsider', 'vitals', 'BT 36.9℃ BP 138/82 P 88 SpO2 93%（酸素 2L）。痰やや多い。'],
  [2, 11, 'outsider', 'handover', '吸入手技を再指導しました。次回、主治医に痰の性状を報告予定。'],
];

const categoriesForBench: PostCategory[] = ['message', 'handover', 'vitals', 'medication', 'care', 'clinical', 'report'];

export function addPatient(
  tx: DbExecutor,
  staff: StaffIds,
  owner: Staff,
  members: Staff[],
  fields: Omit<typeof patients.$inferInsert, 'regionId' | 'registeredByFacilityId' | 'registeredBy' | 'seq' | 'createdAt'>,
  regionId: string,
  now: number,
) {
  const seq = nextSeq(tx);
  tx.insert(patients)
    .values({
      ...fields,
      regionId,
      registeredByFacilityId: staff[owner].facilityId,
      registeredBy: staff[owner].userId,
      consentRecordedBy: staff[owner].userId,
      createdAt: now - 21 * day,
      seq,
    })
    .run();
  for (const member of [owner, ...members]) {
    tx.insert(careTeamMembers)
      .values({
        patientId: fields.id,
        userId: staff[member].userId,
        role: member === owner ? 'owner' : 'member',
        addedBy: staff[owner].userId,
        addedAt: now - 21 * day,
        seq,
      })
      .run();
  }
}

export function addPost(
  tx: DbExecutor,
  patientId: string,
  authorId: string,
  category: PostCategory,
  body: string,
  at: number,
  recipientIds: string[] = [],
): string {
  const id = randomUUID();
  tx.insert(posts)
    .values({
      id,
      patientId,
      authorId,
      category,
      body,
      visibility: recipientIds.length ? 'private' : 'team',
      recipientIds,
      clientCreatedAt: at,
      serverCreatedAt: at + 60_000,
      seq: nextSeq(tx),
    })
    .run();
  return id;
}

/** Seeds both patients' timelines; returns 山田 花子's id (her vitals and forms are seeded next: demo-clinical.ts). */
export function seedDemoTimeline(tx: DbExecutor, staff: StaffIds, regionId: string, extraPosts: number, now = Date.now()): string {
  const yamada = randomUUID();
  const sato = randomUUID();
  addPatient(
    tx,
    staff,
    'nurse',
    ['doctor', 'caremanager', 'pharmacist'],
    {
      id: yamada,
      name: '山田 花子',
      nameKana: 'ヤマダ ハナコ',
      birthDate: '1938-04-12',
      sex: 'female',
      address: 'みどり市中央1-2-3',
      phone: '042-000-1234',
      keyPersonName: '山田 太郎',
      keyPersonRelation: '長男',
      keyPersonPhone: '090-0000-5678',
      notes: '玄関の鍵はキーボックス（番号はケアマネへ）。犬がいます。',
      consentObtainedOn: '2026-10-30',
    },
    regionId,
    now,
  );
  addPatient(
    tx,
    staff,
    'doctor',
    ['outsider'],
    {
      id: sato,
      name: '佐藤 一郎',
      nameKana: 'サトウ イチロウ',
      birthDate: '1945-09-30',
      sex: 'male',
      address: 'みどり市東町4-5-6',
      phone: '042-000-9876',
      keyPersonName: '佐藤 和子',
      keyPersonRelation: '妻',
      keyPersonPhone: '090-0000-4321',
      notes: '在宅酸素あり。火気厳禁。',
      consentObtainedOn: '2026-11-10',
    },
    regionId,
    now,
  );

  const at = (daysAgo: number, hour: number) => Math.floor((now - daysAgo * day) / day) * day + (hour - 9) * 3_600_000;
  let first: { id: string; authorId: string } | null = null;
  for (const [daysAgo, hour, author, category, body, recipient] of yamadaPosts) {
    const id = addPost(tx, yamada, staff[author].userId, category, body, at(daysAgo, hour), recipient ? [staff[recipient].userId] : []);
    first ??= { id, authorId: staff[author].userId };
    if (daysAgo > 1) {
      for (const reader of ['doctor', 'nurse', 'caremanager'] as const) {
        if (reader === author || recipient) continue;
        tx.insert(readReceipts)
          .values({
            postId: id,
            userId: staff[reader].userId,
            patientId: yamada,
            readAt: at(daysAgo, hour) + 3_600_000,
            receivedAt: at(daysAgo, hour) + 3_600_000,
            seq: nextSeq(tx),
          })
          .run();
      }
    }
  }
  if (first) {
    tx.insert(comments)
      .values({
        id: randomUUID(),
        postId: first.id,
        patientId: yamada,
        authorId: staff.doctor.userId,
        body: '承知しました。月1回の訪問診療で開始します。',
        clientCreatedAt: at(20, 12),
        serverCreatedAt: at(20, 12),
        seq: nextSeq(tx),
      })
      .run();
    // The team read the answer the same day: an old comment is not news in What's new.
    const readAt = at(20, 13);
    tx.update(readReceipts).set({ readAt, receivedAt: readAt }).where(eq(readReceipts.postId, first.id)).run();
    tx.insert(readReceipts)
      .values({ postId: first.id, userId: first.authorId, patientId: yamada, readAt, receivedAt: readAt, seq: nextSeq(tx) })
      .run();
  }
  for (const [daysAgo, hour, author, category, body] of satoPosts)
    addPost(tx, sato, staff[author].userId, category, body, at(daysAgo, hour));

  for (let i = 0; i < extraPosts; i += 1) {
    const author = (['nurse', 'doctor', 'caremanager', 'pharmacist'] as const)[i % 4] ?? 'nurse';
    const category = categoriesForBench[i % categoriesForBench.length] ?? 'message';
    addPost(
      tx,
      yamada,
      staff[author].userId,
      category,
      `記録 ${i + 1}：バイタル安定。食事・排泄・睡眠に著変なし。引き続き経過観察します。`,
      now - (extraPosts - i) * 60_000,
    );
  }
  return yamada;
}
