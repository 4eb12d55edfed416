/** Navigation: the way home and back to the patient list. */
export const jaNav = {
  'nav.home': 'ホーム',
  'nav.breadcrumb': '現在位置',
  'nav.main': '主なメニュー',
  'nav.backToPatients': '担当患者の一覧',
} as const;
