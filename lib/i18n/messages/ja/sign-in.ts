/** Signing in: login ID and password, or a passkey. */
export const jaSignIn = {
  'signIn.title': 'サインイン',
  'signIn.lead': '施設から発行されたログインIDとパスワードを入力してください。',
  'signIn.loginId': 'ログインID',
  'signIn.password': 'パスワード',
  'signIn.showPassword': 'パスワードを表示',
  'signIn.submit': 'サインイン',
  'signIn.submitting': 'サインインしています…',
  'signIn.forgot': 'パスワードを忘れた場合やロックされた場合は、所属施設の管理者に連絡してください。',
  'signIn.offline': 'オフラインのためサインインできません。電波の届く場所でもう一度お試しください。',
  'signIn.sessionExpired': '一定時間操作がなかったため、サインアウトしました。もう一度サインインしてください。',
  'signIn.signedOut': 'サインアウトしました。',
  'signIn.or': 'または',
  'signIn.withPasskey': 'パスキーでサインイン',
  'signIn.passkeyWaiting': 'パスキーを確認しています…',
  'signIn.passkeyCancelled': 'パスキーによるサインインは中止されました。',
  'signIn.passkeyUnsupported': 'このブラウザーはパスキーに対応していません。',
} as const;
