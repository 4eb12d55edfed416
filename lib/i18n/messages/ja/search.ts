/** Search of the records on this device (記録の検索): on the patient list and in each timeline. */
export const jaSearch = {
  'search.labelAll': '記録を検索',
  'search.labelPatient': 'この患者の記録を検索',
  'search.hint': '記事・コメント・様式・ファイル名から探します。通信がなくても使えます。',
  'search.region': '記録の検索',
  'search.preparing': '検索の準備をしています…',
  'search.count': '{count}件',
  'search.countOf': '{total}件中、新しい{count}件',
  'search.none': '「{query}」は見つかりませんでした',
  'search.results': '「{query}」の検索結果',
  'search.kind.post': '記事',
  'search.kind.comment': 'コメント',
  'search.kind.form': '様式',
  'search.kind.attachment': 'ファイル',
} as const;
