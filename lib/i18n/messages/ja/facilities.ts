/** The region's facilities (/admin/facilities), and completing a withdrawal. */
export const jaFacilities = {
  'facilities.title': '施設一覧',
  'facilities.lead': '{region}に登録されている施設です。利用廃止申請のある施設が先頭に表示されます。',
  'facilities.none': '施設はまだありません。',
  'facilities.staffCounts': '職員 {active}人（停止中 {disabled}人）',
  'facilities.withdrawnOn': '{date}に利用廃止',
  'facilities.withdrawalPending': '利用廃止申請あり',
  'facilities.withdrawalDetails': '申請者 {name}（{at}）／希望日 {date}',
  'facilities.completeNamed': '{facility}の利用廃止を完了',
  'facilities.completeConfirm':
    '{facility}の利用を廃止します。施設のすべてのアカウントが停止され、各端末からサインアウトされます。記録は削除されず、支援チームで引き続き閲覧できます。よろしいですか？',
  'facilities.completed': '{facility}の利用廃止を完了しました（停止したアカウント {count}件）。',
} as const;
