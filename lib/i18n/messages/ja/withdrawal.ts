/** Withdrawing a facility from the region (利用廃止申請). */
export const jaWithdrawal = {
  'withdrawal.title': '利用廃止申請',
  'withdrawal.lead':
    '施設として本サービスの利用をやめる場合に申請します。地域管理者が手続きを完了すると、施設のすべてのアカウントが停止されます。記録は削除されず、支援チームで引き続き閲覧できます。',
  'withdrawal.reason': '理由',
  'withdrawal.desiredDate': '希望日',
  'withdrawal.reasonRequired': '理由を入力してください。',
  'withdrawal.submit': '利用廃止を申請',
  'withdrawal.confirm': '{facility}の利用廃止を申請します。地域管理者が完了するまでは取り下げられます。よろしいですか？',
  'withdrawal.pending': '利用廃止を申請中です（{at}）。地域管理者の手続きを待っています。',
  'withdrawal.cancel': '申請を取り下げる',
  'withdrawal.cancelConfirm': '利用廃止申請を取り下げます。よろしいですか？',
  'withdrawal.history': '申請の履歴',
  'withdrawal.status.pending': '申請中',
  'withdrawal.status.completed': '完了',
  'withdrawal.status.cancelled': '取り下げ',
  'withdrawal.withdrawn': 'この施設は利用を廃止しました。',
} as const;
