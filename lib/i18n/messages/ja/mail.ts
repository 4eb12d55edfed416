/** The mail outbox (/admin/mail). */
export const jaMail = {
  'mail.title': '送信メール',
  'mail.lead': '{region}から送られた（または送られる予定の）お知らせメールです。新しい順に表示します。',
  'mail.noSmtp': 'メールサーバー（SMTP）が設定されていないため、メールは実際には送信されず、ここに残ります。',
  'mail.none': 'メールはまだありません。',
  'mail.to': '宛先',
  'mail.subject': '件名',
  'mail.createdAt': '作成日時',
  'mail.status': '状態',
  'mail.status.sent': '送信済み（{at}）',
  'mail.status.waiting': '送信待ち',
  'mail.status.noSmtp': '未送信（SMTP未設定）',
  'mail.status.retrying': '再試行待ち（{attempts}回失敗）',
  'mail.lastError': '最後のエラー: {error}',
  'mail.showBody': '本文を表示',
} as const;
