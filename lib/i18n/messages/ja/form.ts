/** What every form says about its fields: required, optional, and what is wrong. */
export const jaForm = {
  'form.requiredMark': '（必須）',
  'form.optionalMark': '（任意）',
  'form.required': '入力してください。',
  'form.choose': '選んでください。',
  'form.tooLong': '{max}文字以内で入力してください。',
  'form.invalidDate': '正しい日付を入力してください。',
  'form.invalid': '入力内容を確認してください。',
  'form.problems': '入力内容に {count} 件の問題があります。赤く示した項目を直してください。',
} as const;
