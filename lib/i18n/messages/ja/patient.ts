/** A patient's timeline page: the header, and links that do not lead to a patient. */
export const jaPatient = {
  'patient.age': '{age}歳',
  'patient.born': '生年月日 {date}',
  'patient.team': '支援チーム（{count}人）',
  'patient.details': '患者情報',
  'patient.keyPerson': 'キーパーソン',
  'patient.consentMissing': '未取得',
  'patient.archivedBadge': 'アーカイブ済み',
  'patient.invalidLink': 'このリンクでは患者を開けません。担当患者の一覧から選んでください。',
  'patient.notOnDevice': 'この患者の情報はこの端末にありません。支援チームのメンバーでないか、チームから外れた可能性があります。',
} as const;
