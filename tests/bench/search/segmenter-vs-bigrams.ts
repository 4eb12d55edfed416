/**
 * Which Japanese tokenizer finds what a nurse types: `Intl.Segmenter` words against character
 * bigrams (lib/search), on the demo timeline's sentences and words a nurse would look for. The
 * truth is plain substring search on the normalised text; a tokenizer "finds" a sentence when an
 * index of its tokens would return it. Prints recall and the misses of each.
 * `node --import ./server/cli/register.mjs tests/bench/search/segmenter-vs-bigrams.ts`
 */
import { normaliseText } from '@/lib/search/normalise-text';
import { SearchIndex } from '@/lib/search/search-index';

const sentences = [
  'サービス担当者会議を実施しました。訪問看護 週2回（月・木）、訪問介護 毎日、訪問薬剤管理 月2回で開始します。',
  '初回訪問診療。心不全（NYHA II）、2型糖尿病、腰椎圧迫骨折後。下腿浮腫軽度。体重測定を毎訪問お願いします。',
  'BT 36.5℃ BP 132/78 P 76 SpO2 96% 体重 48.2kg。下腿浮腫（＋）。食事摂取 7割。',
  '一包化に変更しました。朝：フロセミド20mg、エナラプリル5mg。夕：メトホルミン250mg。お薬カレンダーを居間に設置。',
  '入浴介助。仙骨部に発赤（1cm、消退あり）。体位変換の声かけをヘルパーさんにお願いしました。',
  '長男の太郎さんより、来週から日中不在が増えるとの連絡。緊急連絡先は携帯へ。',
  '仙骨部発赤、褥瘡の初期変化の可能性。エアマットへの変更を検討してください。',
  '体重増加あり、主治医に報告済み。フロセミド増量の指示待ち。水分摂取量の記録をお願いします。',
  'フロセミドを40mgに増量します。3日後に体重・浮腫を再評価。',
  '増量分を配薬しました。ふらつき・口渇に注意。残薬なし。',
  '福祉用具業者と調整し、エアマットを本日導入しました。',
  '仙骨部発赤は消失。エアマット使用で良好。排便 2日に1回。',
  '訪問診療。状態安定。採血：BNP 120（前回180）、HbA1c 6.8%。次回2週間後。',
  '初回訪問。COPD、在宅酸素 2L/分。労作時の息切れあり。',
  '吸入手技を再指導しました。次回、主治医に痰の性状を報告予定。',
  '褥瘡処置：ゲーベンクリーム塗布、ガーゼ保護。ポケットなし。',
];

/** What a nurse types: whole words, parts of compounds, kana as written, drug names, half-width. */
const queries = [
  '褥瘡',
  '発赤',
  '仙骨',
  '仙骨部',
  'エアマット',
  'ｴｱﾏｯﾄ',
  '浮腫',
  '下腿',
  '体重',
  '配薬',
  '増量',
  'フロセミド',
  'ﾌﾛｾﾐﾄﾞ',
  '訪問',
  '訪問診療',
  '診療',
  '酸素',
  '息切れ',
  '痰',
  '主治医',
  '報告',
  '連絡',
  '緊急',
  '入浴',
  '体位変換',
  '変換',
  '処置',
  'ガーゼ',
  '糖尿病',
  '糖尿',
  '心不全',
  '不全',
  '骨折',
  '圧迫',
  '採血',
  '指導',
  '吸入',
  '介助',
  '食事',
  '排便',
  'spo2',
  'ＢＮＰ',
];

const truth = (query: string) => sentences.filter((sentence) => normaliseText(sentence).includes(normaliseText(query)));

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const words = (text: string) =>
  Array.from(segmenter.segment(normaliseText(text)))
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
const sentenceWords = sentences.map((sentence) => new Set(words(sentence)));
const bySegmenter = (query: string) => {
  const wanted = words(query);
  return sentences.filter((_, index) => wanted.length > 0 && wanted.every((word) => sentenceWords[index]?.has(word)));
};

const index = new SearchIndex();
index.upsert(
  sentences.map((text, at) => ({ id: `s${at}`, kind: 'post', patientId: 'p', postId: null, formId: null, authorId: 'a', at, text })),
);
const byBigrams = (query: string) => index.search({ query, patientId: null, limit: 100 }).hits.map((hit) => hit.text);

for (const [name, find] of [
  ['Intl.Segmenter words', bySegmenter],
  ['bigrams (lib/search)', byBigrams],
] as const) {
  let expected = 0;
  let found = 0;
  let wrong = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const want = new Set(truth(query));
    const got = new Set(find(query));
    expected += want.size;
    found += [...want].filter((sentence) => got.has(sentence)).length;
    wrong += [...got].filter((sentence) => !want.has(sentence)).length;
    const missed = [...want].filter((sentence) => !got.has(sentence)).length;
    if (missed > 0) misses.push(`${query} (${missed}/${want.size})`);
  }
  console.log(`${name}: found ${found} of ${expected} (${((found / expected) * 100).toFixed(0)} %), wrong ${wrong}`);
  console.log(`  missed: ${misses.join(', ') || 'none'}`);
}
