/** What is not yet sent (/sync), and what the server refused. */
export const jaPending = {
  'pending.refused': 'サーバーに受け付けられませんでした：{reason}',
  'pending.refusedReason.noAccess': 'この患者の支援チームから外れたか、記録がアーカイブされています。',
  'pending.refusedReason.notAuthor': '別のアカウントで書かれたものです。',
  'pending.refusedReason.invalid': 'サーバーで読み取れませんでした。',
  'pending.refusedReason.retracted': 'その間に記事が取り消されていました。',
  'pending.notAccepted': '受け付けられなかった変更（{count}件）',
  'pending.notAcceptedLead': 'サーバーの記録はそのままです。書いた内容はこの端末に残してあります。必要ならコピーしてから破棄してください。',
  'pending.fullText': '全文（コピー用）',
  'pending.discard': 'この端末から破棄',
  'pending.discardConfirm': 'この端末から破棄しますか？サーバーには届いておらず、元に戻せません。必要なら先に本文をコピーしてください。',
  'pending.title': '未送信の一覧',
  'pending.leadOnline':
    'この端末で書いた内容のうち、まだサーバーに届いていないものです。オンラインのときは自動で送信されます。すぐに送るには上の「今すぐ送信」を押してください。',
  'pending.leadOffline': 'オフラインのため、以下の内容はこの端末に保存されています。電波が戻ると自動で送信されます。',
  'pending.none': 'すべてサーバーに送信済みです。',
  'pending.posts': '記事（{count}件）',
  'pending.comments': 'コメント（{count}件）',
  'pending.receipts': '既読（{count}件）',
  'pending.receiptsOf': '既読 {count}件',
  'pending.retraction': '取り消し',
  'pending.unknownPatient': '（この端末にない患者）',
} as const;
