/** A person the device does not know (not in the directory). */
import type { Messages } from '../../catalogue';
import type { jaPerson } from '../ja/person';

export const enPerson: Messages<typeof jaPerson> = {
  'person.unknown': '(unknown user)',
};
