/** My patients (/patients): the list and the search. */
export const jaPatients = {
  'patients.title': '担当患者',
  'patients.register': '患者を登録',
  'patients.search': '名前・ふりがなで検索',
  'patients.searchHint': 'ひらがな・カタカナのどちらでも検索できます。',
  'patients.count': '{count}人',
  'patients.matches': '該当 {count}人',
  'patients.waitingApproval': '管理者がこの端末を承認すると、担当患者がここに表示されます。',
  'patients.none': 'この端末にはまだ担当患者がいません。患者を登録するか、支援チームの管理者に追加を依頼してください。',
  'patients.activeList': '担当患者の一覧',
  'patients.archived': 'アーカイブ済み（{count}人）',
  'patients.archivedList': 'アーカイブ済みの患者',
  'patients.unread': '未読 {count}件',
  'patients.allRead': '未読なし',
  'patients.lastActivity': '最終更新 {time}',
  'patients.noPosts': '記事はまだありません',
} as const;
