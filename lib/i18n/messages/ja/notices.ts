/** Notices about one's own account (sign-in factors added or removed), on the home and security screens. */
export const jaNotices = {
  'notices.title': 'アカウントのお知らせ',
  'notices.lead': '心当たりのない変更があれば、すぐにパスワードを変更し、施設管理者に連絡してください。',
  'notices.dismiss': '確認しました',
  'notices.passkeyAdded': 'パスキー「{name}」が追加されました。',
  'notices.passkeyRemoved': 'パスキー「{name}」が削除されました。',
  'notices.totpAdded': '認証アプリが設定されました。',
  'notices.totpRemoved': '認証アプリが削除されました。',
  'notices.recoveryCodesRegenerated': 'リカバリーコードが再発行されました。以前のコードは使えません。',
  'notices.secondFactorsReset': '管理者（{by}）が2段階認証をリセットしました。',
  'notices.passkeysRemoved': 'パスワードの変更にあわせて、パスキーが{count}件削除されました。',
  'notices.passkeysRemovedBy': '管理者（{by}）がパスワードを再設定し、パスキーを{count}件削除しました。',
  'notices.where': '{time}・{device}',
  'notices.when': '{time}',
} as const;
