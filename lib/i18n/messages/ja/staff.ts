/** Editing staff accounts (the rest of the staff screen is in account.ts). */
export const jaStaff = {
  'staff.editNamed': '{name} を編集',
  'staff.editTitle': '{name} の編集',
  'staff.email': 'メールアドレス（任意）',
  'staff.isFacilityAdmin': '施設管理者にする（職員アカウント・端末・監査ログを管理できます）',
  'staff.saveChanges': '変更を保存',
} as const;
