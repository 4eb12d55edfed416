/** The timeline: its filter, its end, earlier posts. */
export const jaTimeline = {
  'timeline.filter': '絞り込み',
  'timeline.filterAll': 'すべて',
  'timeline.showEarlier': '以前の記事を表示',
  'timeline.empty': 'まだ記事はありません。下の入力欄から最初の記事を投稿できます。',
  'timeline.noneInCategory': 'このカテゴリーの記事はありません。',
  'timeline.archived': 'この患者はアーカイブ済みのため、記録は閲覧のみです。',
} as const;
