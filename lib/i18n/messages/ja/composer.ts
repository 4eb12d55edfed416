/** Writing a post. */
export const jaComposer = {
  'composer.title': '記事を書く',
  'composer.category': 'カテゴリー',
  'composer.message': 'メッセージ',
  'composer.post': '投稿',
  'composer.private': '特別便にする（選んだメンバーだけが読めます）',
  'composer.recipients': '特別便の宛先',
  'composer.noOtherMembers': 'チームに他のメンバーがいません。',
  'composer.empty': 'メッセージを入力してください。',
  'composer.tooLong': '{max}文字以内にしてください。',
  'composer.chooseRecipients': '特別便の宛先を1人以上選んでください。',
  'composer.saveFailed': 'この端末に保存できませんでした。もう一度お試しください。',
  'composer.waitForFiles': '写真を準備中…',
} as const;
