/**
 * Eighteen more people cared for at home, so the nurse's and the doctor's lists, search and What's
 * new look like a real morning: varied ages, care levels and conditions, most with a short history
 * (the nurse's visits, the doctor's notes). Everything older than two days has been read.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { PostCategory } from '@/lib/domain/categories';
import type { DbExecutor } from '@/server/db/client';
import { readReceipts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { addPatient, addPost, type Staff, type StaffIds } from './demo-timeline';

const day = 86_400_000;

/** [name, kana, birth date, sex, town, care level and condition, owner, history: [days ago, hour, author, category, text]] */
type DemoPerson = [string, string, string, 'male' | 'female', string, string, Staff, Array<[number, number, Staff, PostCategory, string]>];

const people: DemoPerson[] = [
  [
    '鈴木 正男',
    'スズキ マサオ',
    '1936-02-14',
    'male',
    '中央2-8-1',
    '要介護3。パーキンソン病。',
    'nurse',
    [
      [6, 10, 'nurse', 'care', 'すくみ足あり。リハビリ体操を一緒に実施。'],
      [1, 14, 'nurse', 'vitals', 'BT 36.3℃ BP 118/68 P 70 SpO2 97%。'],
    ],
  ],
  [
    '田中 キヨ',
    'タナカ キヨ',
    '1931-07-03',
    'female',
    '西町1-4-2',
    '要介護5。老衰、寝たきり。',
    'doctor',
    [
      [9, 15, 'doctor', 'clinical', '経口摂取量低下。ご家族と今後の方針を相談。'],
      [3, 11, 'nurse', 'care', '口腔ケア実施。仙骨部に発赤なし。'],
      [0, 9, 'nurse', 'handover', '昨夜より38.0℃の発熱。本日臨時訪問予定。'],
    ],
  ],
  [
    '伊藤 勝',
    'イトウ マサル',
    '1948-11-20',
    'male',
    '東町3-2-7',
    '要介護2。脳梗塞後遺症（左片麻痺）。',
    'nurse',
    [[5, 10, 'nurse', 'care', '歩行訓練。屋内は杖で自立。']],
  ],
  [
    '渡辺 春江',
    'ワタナベ ハルエ',
    '1940-04-01',
    'female',
    '南町5-1-3',
    '要介護1。糖尿病、インスリン自己注射。',
    'nurse',
    [
      [4, 10, 'nurse', 'medication', 'インスリン手技確認。血糖 142mg/dL。'],
      [1, 10, 'nurse', 'vitals', 'BT 36.5℃ BP 130/76 P 74。血糖 158mg/dL。'],
    ],
  ],
  [
    '小林 茂',
    'コバヤシ シゲル',
    '1943-09-09',
    'male',
    '北町2-6-5',
    '要介護4。ALS、胃ろう。',
    'doctor',
    [
      [8, 16, 'doctor', 'clinical', '胃ろう交換済み。次回交換は6か月後。'],
      [2, 13, 'nurse', 'care', '吸引 3回。痰は白色、粘稠。'],
    ],
  ],
  [
    '加藤 ミツ',
    'カトウ ミツ',
    '1929-12-25',
    'female',
    '中央4-3-9',
    '要介護3。アルツハイマー型認知症。',
    'nurse',
    [[7, 11, 'nurse', 'care', '服薬カレンダーの確認。飲み忘れなし。']],
  ],
  [
    '吉田 浩',
    'ヨシダ ヒロシ',
    '1952-06-18',
    'male',
    '西町6-2-1',
    '要介護2。肺がん、在宅緩和ケア。',
    'doctor',
    [
      [10, 14, 'doctor', 'clinical', '疼痛コントロール良好。オキシコドン継続。'],
      [4, 15, 'nurse', 'care', 'レスキュー使用 1日1回。眠れている。'],
      [1, 16, 'doctor', 'medication', 'オキシコドンを増量しました。眠気に注意してください。'],
    ],
  ],
  ['山本 トシ子', 'ヤマモト トシコ', '1937-03-30', 'female', '東町1-9-4', '要支援2。変形性膝関節症。', 'nurse', []],
  [
    '中島 清',
    'ナカジマ キヨシ',
    '1945-08-08',
    'male',
    '南町2-5-8',
    '要介護1。慢性腎臓病、透析なし。',
    'doctor',
    [[12, 10, 'doctor', 'report', '採血：Cr 2.1、K 4.8。食事指導を継続。']],
  ],
  [
    '松本 よし',
    'マツモト ヨシ',
    '1933-05-05',
    'female',
    '北町4-1-6',
    '要介護4。骨粗鬆症、大腿骨頸部骨折後。',
    'nurse',
    [
      [6, 14, 'nurse', 'care', '移乗介助の方法をヘルパーさんと共有。'],
      [2, 10, 'nurse', 'vitals', 'BT 36.6℃ BP 126/70 P 76 SpO2 96%。'],
    ],
  ],
  [
    '井上 武',
    'イノウエ タケシ',
    '1941-01-17',
    'male',
    '中央5-7-2',
    '要介護2。COPD、在宅酸素 1L/分。',
    'doctor',
    [[5, 11, 'nurse', 'vitals', 'SpO2 92%（酸素 1L）。労作時に息切れ。']],
  ],
  [
    '木村 千代',
    'キムラ チヨ',
    '1927-10-10',
    'female',
    '西町3-3-3',
    '要介護5。誤嚥性肺炎後、経管栄養。',
    'nurse',
    [
      [3, 15, 'nurse', 'care', '体位変換・口腔ケア。ご家族の介護負担に配慮を。'],
      [0, 10, 'nurse', 'message', 'ショートステイの利用を検討中（ケアマネに相談済み）。'],
    ],
  ],
  ['林 修', 'ハヤシ オサム', '1950-02-28', 'male', '東町5-6-1', '要介護1。心房細動、抗凝固薬内服。', 'doctor', []],
  [
    '清水 ふみ',
    'シミズ フミ',
    '1935-06-06',
    'female',
    '南町4-4-4',
    '要介護3。心不全、下肢浮腫。',
    'nurse',
    [
      [8, 10, 'nurse', 'vitals', '体重 52.1kg（+0.4kg）。浮腫（＋）。'],
      [4, 10, 'nurse', 'vitals', '体重 51.8kg。浮腫軽減。'],
    ],
  ],
  [
    '山口 誠一',
    'ヤマグチ セイイチ',
    '1946-12-01',
    'male',
    '北町1-2-8',
    '要介護2。前立腺がん骨転移。',
    'doctor',
    [[7, 15, 'doctor', 'clinical', '腰痛増強。放射線治療の適応を病院に相談中。']],
  ],
  [
    '森田 静江',
    'モリタ シズエ',
    '1939-08-23',
    'female',
    '中央6-1-5',
    '要支援1。高血圧、独居。',
    'nurse',
    [[9, 11, 'nurse', 'care', '独居のため見守り。冷蔵庫に食品あり。']],
  ],
  [
    '池田 隆',
    'イケダ タカシ',
    '1944-04-14',
    'male',
    '西町2-9-6',
    '要介護3。脊髄損傷、膀胱留置カテーテル。',
    'nurse',
    [
      [6, 13, 'nurse', 'care', 'カテーテル交換。尿混濁なし。'],
      [1, 13, 'nurse', 'handover', '次回カテーテル交換は来週火曜。'],
    ],
  ],
  [
    '橋本 幸子',
    'ハシモト サチコ',
    '1942-09-15',
    'female',
    '東町4-8-2',
    '要介護2。関節リウマチ。',
    'doctor',
    [
      [11, 10, 'doctor', 'medication', 'メトトレキサートを継続。口内炎に注意。'],
      [2, 14, 'nurse', 'care', '手指の腫脹軽度。家事はヘルパーさんが支援。'],
    ],
  ],
];

export function seedDemoPatients(tx: DbExecutor, staff: StaffIds, regionId: string, now = Date.now()): void {
  const at = (daysAgo: number, hour: number) => Math.floor((now - daysAgo * day) / day) * day + (hour - 9) * 3_600_000;
  people.forEach(([name, nameKana, birthDate, sex, town, notes, owner, history], index) => {
    const id = randomUUID();
    addPatient(
      tx,
      staff,
      owner,
      [owner === 'nurse' ? 'doctor' : 'nurse'],
      {
        id,
        name,
        nameKana,
        birthDate,
        sex,
        address: `みどり市${town}`,
        phone: `042-000-${String(2000 + index * 37).padStart(4, '0')}`,
        notes,
        consentObtainedOn: '2026-10-01',
      },
      regionId,
      now,
    );
    for (const [daysAgo, hour, author, category, body] of history) {
      const time = at(daysAgo, hour);
      const postId = addPost(tx, id, staff[author].userId, category, body, time);
      if (daysAgo <= 1) continue;
      for (const reader of ['doctor', 'nurse'] as const) {
        if (reader === author) continue;
        tx.insert(readReceipts)
          .values({
            postId,
            userId: staff[reader].userId,
            patientId: id,
            readAt: time + 3_600_000,
            receivedAt: time + 3_600_000,
            seq: nextSeq(tx),
          })
          .run();
      }
    }
  });
}
