/** An account's role. */
export const jaRole = {
  'role.staff': 'スタッフ',
  'role.facilityAdmin': '施設管理者',
  'role.regionAdmin': '地域管理者',
} as const;
