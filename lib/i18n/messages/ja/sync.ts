/** The sync status bar. */
export const jaSync = {
  'sync.offline': 'オフライン（未送信 {count} 件）',
  'sync.pending': '未送信 {count} 件',
  'sync.syncing': '同期中…',
  'sync.unreached': 'サーバーに接続できません（自動で再試行します）',
  'sync.synced': '同期済み',
  'sync.waitingApproval': '承認待ち（同期するものはまだありません）',
  'sync.lastSynced': '最終同期 {time}',
  'sync.viewPending': '未送信の一覧',
  'sync.sendNow': '今すぐ送信',
  'sync.sending': '送信中…',
  'sync.refused': '受付不可 {count}件',
} as const;
