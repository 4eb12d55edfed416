/** Words every screen shares: loading, cancel, close, back, offline. */
export const jaCommon = {
  'common.loading': '読み込み中…',
  'common.retry': 'もう一度試す',
  'common.cancel': 'キャンセル',
  'common.close': '閉じる',
  'common.back': '戻る',
  'common.offline': 'オフライン',
  'common.offlineNotice': 'オフラインです。最後に同期した内容を表示しています。',
  'common.skipToContent': '本文へ移動',
} as const;
