/** Editing a patient's record. */
export const jaPatientForm = {
  'patientForm.editTitle': '{name} さんの基本情報の編集',
  'patientForm.backToTeam': '{name} さんの支援チーム',
  'patientForm.ownersOnly': '患者の基本情報を編集できるのは支援チームの管理者だけです。',
  'patientForm.needsConnection': 'オフラインのため保存できません。基本情報の編集はサーバーへの接続が必要です。',
  'patientForm.consentStays': '記録した同意は取り消せません。日付は訂正できます。',
  'patientForm.consentStaysHint': '記録済みの同意は残ります。日付は訂正できます。',
  'patientForm.save': '保存',
  'patientForm.saving': '保存しています…',
} as const;
