/** The second step of signing in (/signin/verify). */
export const jaVerify = {
  'verify.title': '2段階目の確認',
  'verify.lead': '本人確認のため、もう1つの方法で確認します。',
  'verify.codeLead': '認証アプリに表示されている6桁のコードを入力してください。',
  'verify.code': '認証アプリのコード',
  'verify.submit': '確認する',
  'verify.submitting': '確認しています…',
  'verify.usePasskey': 'パスキーで確認する',
  'verify.useRecoveryCode': 'リカバリーコードを使う',
  'verify.useApp': '認証アプリのコードを使う',
  'verify.recoveryLead':
    'スマートフォンをなくしたときは、保管しておいたリカバリーコードを1つ入力してください。使ったコードは二度と使えません。',
  'verify.recoveryCode': 'リカバリーコード',
  'verify.cancel': '中止してサインアウト',
  'verify.lostEverything': '認証アプリもリカバリーコードも使えないときは、所属施設の管理者に2段階認証のリセットを依頼してください。',
} as const;
