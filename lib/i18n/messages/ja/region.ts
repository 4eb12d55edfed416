/** What the region administrator's screens share. */
export const jaRegion = {
  'region.forRegionAdmins': 'この画面は地域管理者だけが使えます。',
  'region.needsConnection': 'この情報はサーバーにあります。表示と操作には接続が必要です。',
} as const;
