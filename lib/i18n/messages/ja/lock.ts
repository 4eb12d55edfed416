/** The lock screen: the app locked itself, and the password unlocks the encrypted data on the device. */
export const jaLock = {
  'lock.title': 'ロック中',
  'lock.who': '{name} さんの記録はこの端末で暗号化されています。',
  'lock.reason.start': 'アプリを開き直したため、パスワードの入力が必要です。',
  'lock.reason.idle': '{minutes}分間操作がなかったため、ロックしました。',
  'lock.reason.manual': 'ロックしました。パスワードで解除します。',
  'lock.reason.hidden': 'アプリが{minutes}分以上画面に出ていなかったため、ロックしました。',
  'lock.password': 'パスワード',
  'lock.unlock': 'ロックを解除',
  'lock.unlocking': '確認しています…',
  'lock.wrong': 'パスワードが違います。あと{count}回間違えると、オンラインでのサインインが必要になります。',
  'lock.signInNeeded':
    'この端末ではパスワードでロックを解除できません（5回間違えた、オフラインの期間が長すぎた、またはパスキーでサインインした端末です）。オンラインでもう一度サインインしてください。未送信の記録は消えず、サインイン後に送信されます。',
  'lock.checkedOnline':
    'この端末のパスワードでの解除は無効になっています（5回間違えた、オフラインの期間が長すぎた、またはパスキーでサインインした端末です）。パスワードをサーバーで確認して解除します。パスキーの方は、もう一度サインインしてください。',
  'lock.wrongOnline': 'パスワードが違います。',
  'lock.signInAgain': 'もう一度サインイン',
  'lock.offlineSignIn': 'インターネットにつながってから、もう一度サインインしてください。',
  'lock.syncPaused': 'ロック中は同期を止めています。未送信の記録は暗号化されたまま、解除後に送信されます。',
  'lock.waiting': 'この端末に未送信の記録が{count}件あります。',
  'lock.signOut': 'サインアウト',
  'lock.signOutDiscards': 'サインアウトすると、この端末の未送信の記録{count}件は削除されます。先にロックを解除すると送信できます。',
  'lock.signOutConfirm': '削除してサインアウト',
  'lock.back': '戻る',
  'lock.lockNow': 'ロック',
} as const;
