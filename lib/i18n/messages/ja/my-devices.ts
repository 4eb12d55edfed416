/** A user's own devices (/account/devices). */
export const jaMyDevices = {
  'myDevices.title': '自分の端末',
  'myDevices.lead':
    'あなたのアカウントでサインインした端末です。使っていない端末はここからサインアウトできます。紛失した場合は施設管理者に利用停止を依頼してください。',
  'myDevices.current': 'この端末',
  'myDevices.signOutNamed': '{device} をサインアウト',
  'myDevices.signOutWaiting': 'この端末には未送信のデータが {count} 件あります（消去されず、次にサインインしたときに送信されます）。',
  'myDevices.signOutConfirm':
    '{device} をサインアウトしますか？ 送信していない記録がその端末に残っている場合、次にサインインするまで送信されません。',
  'myDevices.signedOut': '{device} をサインアウトしました。',
  'myDevices.link': '自分の端末',
} as const;
