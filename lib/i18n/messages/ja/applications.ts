/** Facility applications (/admin/applications): approve or reject. */
export const jaApplications = {
  'applications.title': '施設登録申請',
  'applications.lead':
    '{region}のポータル（{portal}）から届いた申請です。承認すると施設と施設管理者のアカウントが作られ、申請者にメールで知らせます。',
  'applications.pendingTitle': '審査待ち（{count}件）',
  'applications.decidedTitle': '審査済み',
  'applications.noPending': '審査待ちの申請はありません。',
  'applications.submittedAt': '申請日時',
  'applications.contact': '担当者',
  'applications.status.pending': '審査待ち',
  'applications.status.approved': '承認',
  'applications.status.rejected': '却下',
  'applications.decided': '{name}（{at}）',
  'applications.reason': '却下の理由',
  'applications.approveNamed': '{facility}を承認',
  'applications.approveConfirm':
    '{facility}を承認します。施設と施設管理者（ログインID {loginId}）のアカウントが作られ、申請者にメールで知らせます。よろしいですか？',
  'applications.rejectNamed': '{facility}を却下',
  'applications.rejectTitle': '{facility}の申請を却下',
  'applications.rejectReasonHint': '理由は申請者へのメールに記載されます。',
  'applications.rejectReasonRequired': '却下の理由を入力してください。',
  'applications.approved': '{facility}を承認しました。',
  'applications.rejected': '{facility}の申請を却下しました。',
} as const;
