/** My patients (/patients): the list and the search. */
import type { Messages } from '../../catalogue';
import type { jaPatients } from '../ja/patients';

export const enPatients: Messages<typeof jaPatients> = {
  'patients.title': 'My patients',
  'patients.register': 'Register a patient',
  'patients.search': 'Search by name or kana',
  'patients.searchHint': 'Hiragana and katakana both match.',
  'patients.count': 'Patients: {count}',
  'patients.matches': 'Matches: {count}',
  'patients.waitingApproval': 'Your patients appear here once an administrator approves this device.',
  'patients.none': 'No patients on this device yet. Register a patient, or ask a care-team owner to add you.',
  'patients.activeList': 'My patients',
  'patients.archived': 'Archived ({count})',
  'patients.archivedList': 'Archived patients',
  'patients.unread': 'Unread: {count}',
  'patients.allRead': 'All read',
  'patients.lastActivity': 'Last activity {time}',
  'patients.noPosts': 'No posts yet',
};
