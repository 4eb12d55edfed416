/** Sex, as the patient record offers it. */
import type { Messages } from '../../catalogue';
import type { jaSex } from '../ja/sex';

export const enSex: Messages<typeof jaSex> = {
  'sex.female': 'Female',
  'sex.male': 'Male',
  'sex.other': 'Other',
  'sex.unknown': 'Not stated',
};
