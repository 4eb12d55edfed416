/** The patient's record exported as FHIR R4 (a file to save). */
export const jaFhirExport = {
  'fhirExport.link': '書き出し（FHIR）',
  'fhirExport.linkLabel': '{name}さんの記録をFHIR形式で書き出す',
  'fhirExport.hint':
    '患者情報・支援チーム・記事とコメント・写真と文書・バイタル・様式をFHIR R4のファイルに保存します。書き出しは監査ログに記録されます。',
  'fhirExport.preparing': '書き出すファイルを作成しています…',
  'fhirExport.offline': '書き出しにはインターネット接続が必要です。',
} as const;
