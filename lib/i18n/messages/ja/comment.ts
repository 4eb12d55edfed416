/** Comments on a post. */
export const jaComment = {
  'comment.add': 'コメントする',
  'comment.label': 'コメント',
  'comment.send': 'コメントを送る',
  'comment.listLabel': 'コメント {count}件',
  'comment.retracted': '（取り消されたコメント）',
  'comment.empty': 'コメントを入力してください。',
  'comment.tooLong': 'コメントは{max}文字以内にしてください。',
} as const;
