/** Writing a post. */
import type { Messages } from '../../catalogue';
import type { jaComposer } from '../ja/composer';

export const enComposer: Messages<typeof jaComposer> = {
  'composer.title': 'Write a post',
  'composer.category': 'Category',
  'composer.message': 'Message',
  'composer.post': 'Post',
  'composer.private': 'Private (only the members you choose can read it)',
  'composer.recipients': 'Private post to',
  'composer.noOtherMembers': 'There are no other members on the team.',
  'composer.empty': 'Write a message first.',
  'composer.tooLong': 'Use at most {max} characters.',
  'composer.chooseRecipients': 'Choose at least one recipient for a private post.',
  'composer.saveFailed': 'Could not save on this device. Please try again.',
  'composer.waitForFiles': 'Preparing photos…',
};
