/** Changing the password, and the password rules. */
export const jaPassword = {
  'password.title': 'パスワードの変更',
  'password.mustChange': '管理者が設定したパスワードのため、利用を始める前に新しいパスワードに変更してください。',
  'password.current': '現在のパスワード',
  'password.new': '新しいパスワード',
  'password.confirm': '新しいパスワード（確認）',
  'password.rules': '{min}文字以上で、英字・数字・記号をそれぞれ1文字以上含めてください。',
  'password.submit': '変更する',
  'password.submitting': '変更しています…',
  'password.mismatch': '確認用のパスワードが一致しません。',
  'password.changed': 'パスワードを変更しました。他の端末ではサインアウトされました。',
  'password.problem.tooShort': '{min}文字以上にしてください。',
  'password.problem.tooLong': '長すぎます。',
  'password.problem.needsLetter': '英字を含めてください。',
  'password.problem.needsDigit': '数字を含めてください。',
  'password.problem.needsSymbol': '記号を含めてください。',
} as const;
