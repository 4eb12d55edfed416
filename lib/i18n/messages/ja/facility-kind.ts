/** Kinds of facility (施設分類). */
export const jaFacilityKind = {
  'facilityKind.hospital': '病院',
  'facilityKind.clinic': '診療所',
  'facilityKind.dental': '歯科診療所',
  'facilityKind.pharmacy': '薬局',
  'facilityKind.visitingNursing': '訪問看護ステーション',
  'facilityKind.careManagement': '居宅介護支援事業所',
  'facilityKind.communityCare': '地域包括支援センター',
  'facilityKind.homeHelp': '訪問介護事業所',
  'facilityKind.careHome': '介護施設',
  'facilityKind.municipality': '市区町村',
} as const;
