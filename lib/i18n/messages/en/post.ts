/** A post: editing, retracting, history, read receipts, private posts. */
import type { Messages } from '../../catalogue';
import type { jaPost } from '../ja/post';

export const enPost: Messages<typeof jaPost> = {
  'post.private': 'Private',
  'post.privateTo': 'To: {names}',
  'post.notSent': 'Not yet sent',
  'post.edit': 'Edit',
  'post.editCategory': 'Classify as',
  'post.editBody': 'Text of this post',
  'post.editHint': 'The previous text is kept in the post’s history.',
  'post.saveEdit': 'Save',
  'post.edited': 'Edited {time} by {name}',
  'post.editedUnknown': 'Edited',
  'post.historyCount': 'earlier versions: {count}',
  'post.version': 'Version {revision} · {time} · {name}',
  'post.retract': 'Retract',
  'post.retractTitle': 'Retract this post',
  'post.retractExplain': 'A retracted post is not deleted: it stays on the timeline, struck through, with your reason.',
  'post.retractReasonLabel': 'Reason for retracting',
  'post.retractReasonRequired': 'Give a reason for retracting.',
  'post.retractConfirm': 'Retract post',
  'post.retractedBy': 'Retracted by {name} on {time}.',
  'post.retractReason': 'Reason: {reason}',
  'post.originalText': 'Retracted original text:',
  'post.readBy': 'Read by {count}',
  'post.readByNone': 'Not read by anyone yet',
};
