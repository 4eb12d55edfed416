/** Post categories (情報カテゴリー). */
import type { Messages } from '../../catalogue';
import type { jaCategory } from '../ja/category';

export const enCategory: Messages<typeof jaCategory> = {
  'category.message': 'Message',
  'category.handover': 'Handover',
  'category.vitals': 'Vitals',
  'category.medication': 'Medication',
  'category.care': 'Care',
  'category.clinical': 'Clinical',
  'category.photo': 'Photo',
  'category.fax': 'Fax',
  'category.document': 'Document',
  'category.report': 'Report',
  'category.meeting': 'Meeting',
};
