/** Staff accounts from a CSV file. */
import type { Messages } from '../../catalogue';
import type { jaStaffCsv } from '../ja/staff-csv';

export const enStaffCsv: Messages<typeof jaStaffCsv> = {
  'staffCsv.title': 'Add many accounts from a CSV file',
  'staffCsv.lead':
    'Choose a CSV file whose first row has the headings Name, Kana, Login ID and Profession (saved from Excel is fine; at most {max} rows). You can check everything here before any account is made.',
  'staffCsv.template': 'Download a template',
  'staffCsv.templateFileName': 'staff-template.csv',
  'staffCsv.file': 'CSV file',
  'staffCsv.empty': 'The file has no heading row and staff rows.',
  'staffCsv.tooManyRows': 'At most {max} people at a time: split the file.',
  'staffCsv.missingColumns': 'Headings not found: {columns}',
  'staffCsv.listSeparator': ', ',
  'staffCsv.column.displayName': 'Name',
  'staffCsv.column.displayNameKana': 'Kana',
  'staffCsv.column.loginId': 'Login ID',
  'staffCsv.column.profession': 'Profession',
  'staffCsv.line': 'Row',
  'staffCsv.check': 'Check',
  'staffCsv.ok': 'OK',
  'staffCsv.problem.displayName': 'name missing',
  'staffCsv.problem.displayNameKana': 'kana must be hiragana or katakana',
  'staffCsv.problem.loginId': 'login ID: 3–64 letters, digits, dot, hyphen or underscore',
  'staffCsv.problem.profession': 'unknown profession',
  'staffCsv.problem.duplicate': 'login ID also on another row',
  'staffCsv.readyCaption': 'Ready to add: {count}',
  'staffCsv.problemCaption': 'Rows to fix: {count}. Correct the file and choose it again.',
  'staffCsv.create': 'Create the accounts ({count})',
  'staffCsv.creating': 'Creating…',
  'staffCsv.taken': 'These login IDs are already in use, so no account was made: {loginIds}',
};
