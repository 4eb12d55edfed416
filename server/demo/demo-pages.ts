/** What the demo's paper is about: the pharmacy's FAX, the home notebook's page, the hospital's referral letter. */
import 'server-only';
import { japanDay } from '@/lib/time/japan-time';
import type { FaxPage, NotebookEntry } from './images/paper-page';

const day = 86_400_000;
const weekdays = ['日', '月', '火', '水', '木', '金', '土'];

/** 「11月22日（日）」 for a time, in Japan. */
function japaneseDate(time: number): string {
  const [, month, date] = japanDay(time).split('-').map(Number);
  const weekday = weekdays[new Date(`${japanDay(time)}T00:00:00Z`).getUTCDay()];
  return `${month}月${date}日（${weekday}）`;
}

export function demoFax(time: number): FaxPage {
  const hhmm = new Date(time + 9 * 3_600_000).toISOString().slice(11, 16);
  return {
    header: `${japanDay(time).replaceAll('-', '/')} ${hhmm}  FROM: みどり調剤薬局  FAX 042-000-0002  P.1/1`,
    title: '服薬情報提供書',
    lines: [
      'みどり訪問看護ステーション 御中',
      '',
      '患者氏名：山田 花子 様（昭和13年4月12日生）',
      '',
      `${japaneseDate(time - day)}の訪問時、残薬を確認しました。`,
      'フロセミド錠 20mg：3錠の残薬あり（飲み忘れ）。',
      '一包化後は飲み忘れが減っています。',
      'ふらつき・口渇の訴えはありません。',
      '',
      '訪問看護の際、服薬状況の確認をお願いいたします。',
    ],
    signature: ['みどり調剤薬局', '薬剤師\u3000中村 健'],
  };
}

export function demoNotebook(time: number): NotebookEntry[] {
  return [
    { date: japaneseDate(time - 2 * day), author: '長男 太郎', text: ['夜中に2回トイレ。ふらつきなし。', '朝ごはん 全部食べました。'] },
    {
      date: japaneseDate(time - day),
      author: 'ヘルパー 石井',
      text: ['入浴介助。右かかとのガーゼ交換しました。', 'むくみ少しあり。水分 1000ml くらい。'],
    },
    { date: japaneseDate(time), author: '長男 太郎', text: ['体重 47.6kg。', '看護師さんへ：薬の袋が1つ残っていました。'] },
  ];
}

export function demoReferral(issued: string): FaxPage {
  return {
    header: `みどり総合病院 地域医療連携室\u3000${issued}`,
    title: '診療情報提供書',
    lines: [
      'みどり在宅クリニック\u3000青木 誠 先生 御侍史',
      '',
      '患者氏名：山田 花子 様（88歳 女性）',
      '傷病名：慢性心不全急性増悪、2型糖尿病、右踵部褥瘡',
      '',
      '心不全増悪にて入院加療し、利尿薬で改善しました。',
      '入院中に右踵部に褥瘡（D3）が発生し、ゲーベンクリーム',
      'にて処置中です。退院後の訪問診療・訪問看護を',
      'よろしくお願いいたします。',
    ],
    signature: ['みどり総合病院 循環器内科', '医師\u3000松本 大輔'],
  };
}
