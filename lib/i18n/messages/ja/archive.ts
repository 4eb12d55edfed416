/** Ending (archiving) and resuming a patient's care. */
export const jaArchive = {
  'archive.title': '支援の終了（アーカイブ）',
  'archive.body':
    '支援が終了した患者をアーカイブします。記録は削除されず、チームは閲覧できますが、新しい記事は書けなくなり、一覧では「アーカイブ」に移ります。',
  'archive.archive': 'アーカイブする',
  'archive.confirm': '{name} さんをアーカイブします。よろしいですか？',
  'archive.restoreTitle': '支援の再開',
  'archive.restoreBody': 'アーカイブを解除すると、再び記事を書けるようになります。',
  'archive.restore': 'アーカイブを解除',
  'archive.restoreConfirm': '{name} さんのアーカイブを解除します。よろしいですか？',
} as const;
