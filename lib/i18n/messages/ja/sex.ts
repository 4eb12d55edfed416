/** Sex, as the patient record offers it. */
export const jaSex = {
  'sex.female': '女性',
  'sex.male': '男性',
  'sex.other': 'その他',
  'sex.unknown': '不明',
} as const;
