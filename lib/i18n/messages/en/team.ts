/** The care team (支援チーム): members, adding and removing them. */
import type { Messages } from '../../catalogue';
import type { jaTeam } from '../ja/team';

export const enTeam: Messages<typeof jaTeam> = {
  'team.editRecord': 'Edit the patient’s record',
  'team.title': 'Care team of {name}',
  'team.backToTimeline': 'Timeline of {name}',
  'team.members': 'Members ({count})',
  'team.owner': 'Owner',
  'team.you': '(you)',
  'team.ownersManage': 'The team’s owners add and remove members.',
  'team.needsConnection': 'You are offline. Adding and removing members needs a connection to the server.',
  'team.consentMissing':
    'No consent to information sharing is recorded for this patient, so only staff of the registering facility can be added.',
  'team.remove': 'Remove',
  'team.removeNamed': 'Remove {name} from the team',
  'team.removeConfirm': 'Remove {name} from the care team? The patient’s records will be removed from their devices.',
  'team.addTitle': 'Add a member',
  'team.search': 'Search the directory (name, kana or facility)',
  'team.searchHint': 'Find people in the region’s directory and add them.',
  'team.directoryEmpty': 'The directory is not on this device yet. Open this page again while online.',
  'team.noResults': 'No one matches.',
  'team.results': 'Search results',
  'team.add': 'Add',
  'team.addNamed': 'Add {name} to the team',
  'team.added': '{name} was added to the care team.',
  'team.error.consentRequired':
    'Staff of other facilities can join only after the patient’s consent to information sharing is recorded. Obtain and record consent first.',
  'team.error.otherRegion': 'Staff of another region cannot be added.',
  'team.error.inactive': 'This person’s account is not active, so they cannot be added.',
  'team.error.notOwner': 'Only the team’s owners can add or remove members.',
  'team.error.archived': 'The team of an archived patient cannot be changed.',
  'team.error.lastOwner': 'A team needs at least one owner. Make another member an owner first.',
};
