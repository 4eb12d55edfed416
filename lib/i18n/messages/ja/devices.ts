/** Administrators' device screen (/admin/devices). */
export const jaDevices = {
  'devices.title': '端末',
  'devices.lead':
    'サインインに使われた端末（ブラウザー）の一覧です。紛失した端末は「利用停止」にすると、次に接続した時点で端末内の患者の情報が消去され、その端末ではサインインできなくなります。',
  'devices.policyOn': 'この地域では、新しい端末は承認されるまで患者の情報を受け取れません。',
  'devices.policyOff': 'この地域では、新しい端末の承認は不要です（地域の設定）。',
  'devices.filter': '表示する端末',
  'devices.filter.all': 'すべて',
  'devices.filter.pending': '承認待ち',
  'devices.filter.approved': '承認済み',
  'devices.filter.revoked': '利用停止',
  'devices.listTitle': '端末（{count}台）',
  'devices.empty': '該当する端末はありません。',
  'devices.owner': '{name}（{loginId}・{facility}）',
  'devices.decidedBy': '{name} が {time} に決定',
  'devices.approveNamed': '{name} の {device} を承認',
  'devices.revokeNamed': '{name} の {device} を利用停止',
  'devices.revokeConfirm':
    '{name} の {device} を利用停止しますか？ この端末のサインインは直ちに終了し、次に接続した時点で端末内の患者の情報が消去されます。再び使うには承認が必要です。',
  'devices.approveAgainNamed': '{name} の {device} を再び承認',
  'devices.approved': '{device} を承認しました。',
  'devices.revoked': '{device} を利用停止しました（サインイン {count} 件を終了）。',
} as const;
