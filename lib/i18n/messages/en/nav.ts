/** Navigation: the way home and back to the patient list. */
import type { Messages } from '../../catalogue';
import type { jaNav } from '../ja/nav';

export const enNav: Messages<typeof jaNav> = {
  'nav.home': 'Home',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.main': 'Main',
  'nav.backToPatients': 'My patients',
};
