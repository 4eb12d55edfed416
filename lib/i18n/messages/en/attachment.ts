/** Photos and files on a post: choosing, preparing, sending. */
import type { Messages } from '../../catalogue';
import type { jaAttachment } from '../ja/attachment';

export const enAttachment: Messages<typeof jaAttachment> = {
  'attachment.addPhoto': 'Add photo',
  'attachment.takePhoto': 'Take photo',
  'attachment.attachFile': 'Attach file',
  'attachment.preparing': 'Preparing {count} file(s)…',
  'attachment.refusedNamed': '{name}: {reason}',
  'attachment.chosen': 'Photos and files for this post',
  'attachment.chosenPhoto': 'Photo {name}',
  'attachment.kind': 'What the photo shows',
  'attachment.kind.wound': 'Wound / condition',
  'attachment.kind.fax': 'FAX',
  'attachment.kind.notebook': 'Notebook page',
  'attachment.kind.medicalImage': 'Medical image (CT, MRI…)',
  'attachment.kind.other': 'Other',
  'attachment.kind.document': 'Document',
  'attachment.remove': 'Remove',
  'attachment.removeNamed': 'Remove {name}',
  'attachment.postBody': '{count} photo(s) or file(s)',
  'attachment.list': 'Attachments',
  'attachment.photoAlt': '{kind}, {date}',
  'attachment.open': 'Open {name}',
  'attachment.download': 'Download {name}',
  'attachment.waiting': 'Waiting to send',
  'attachment.uploading': 'Sending {percent}%',
  'attachment.failed': 'Not sent: {reason}',
  'attachment.retry': 'Try again',
  'attachment.cannotShow': 'This photo cannot be shown on this device; the server converts it once it is sent.',
  'attachment.pendingTitle': 'Photos and files',
};
