/** A facility administrator's facility page (/admin/facility). */
export const jaFacilityPage = {
  'facilityPage.title': '施設情報',
  'facilityPage.forFacilityAdmins': 'この画面は施設管理者だけが使えます。',
  'facilityPage.name': '施設名',
  'facilityPage.kind': '施設の種類',
  'facilityPage.status': '状態',
  'facilityPage.address': '所在地',
  'facilityPage.region': '地域',
  'facilityPage.activeStaff': '利用中の職員',
  'facilityPage.activeStaffCount': '{count}人',
} as const;
