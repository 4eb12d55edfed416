/** Post categories (情報カテゴリー). */
export const jaCategory = {
  'category.message': '連絡',
  'category.handover': '申し送り',
  'category.vitals': 'バイタル',
  'category.medication': '薬剤',
  'category.care': 'ケア',
  'category.clinical': '診療',
  'category.photo': '写真',
  'category.fax': 'FAX',
  'category.document': '書類',
  'category.report': '報告',
  'category.meeting': '会議',
} as const;
