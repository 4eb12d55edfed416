/** Ending (archiving) and resuming a patient's care. */
import type { Messages } from '../../catalogue';
import type { jaArchive } from '../ja/archive';

export const enArchive: Messages<typeof jaArchive> = {
  'archive.title': 'End care (archive)',
  'archive.body':
    'Archive a patient whose care has ended. Nothing is deleted: the team can still read the record, but no new posts can be written, and the patient moves to "Archived" in the list.',
  'archive.archive': 'Archive',
  'archive.confirm': 'Archive {name}?',
  'archive.restoreTitle': 'Resume care',
  'archive.restoreBody': 'Restoring the patient lets the team write posts again.',
  'archive.restore': 'Restore',
  'archive.restoreConfirm': 'Restore {name}?',
};
