/** Professions (職種). */
export const jaProfession = {
  'profession.doctor': '医師',
  'profession.dentist': '歯科医師',
  'profession.pharmacist': '薬剤師',
  'profession.nurse': '看護師',
  'profession.publicHealthNurse': '保健師',
  'profession.pt': '理学療法士',
  'profession.ot': '作業療法士',
  'profession.st': '言語聴覚士',
  'profession.dietitian': '管理栄養士',
  'profession.careManager': '介護支援専門員',
  'profession.careWorker': '介護職員',
  'profession.socialWorker': '医療ソーシャルワーカー',
  'profession.clerk': '事務職員',
  'profession.municipalStaff': '自治体職員',
} as const;
