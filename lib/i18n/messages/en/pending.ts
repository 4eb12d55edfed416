/** What is not yet sent (/sync), and what the server refused. */
import type { Messages } from '../../catalogue';
import type { jaPending } from '../ja/pending';

export const enPending: Messages<typeof jaPending> = {
  'pending.refused': 'Not accepted by the server: {reason}',
  'pending.refusedReason.noAccess': 'you are no longer on this patient’s care team, or the record has been archived.',
  'pending.refusedReason.notAuthor': 'it was written under another account.',
  'pending.refusedReason.invalid': 'the server could not read it.',
  'pending.refusedReason.retracted': 'the post had been retracted meanwhile.',
  'pending.notAccepted': 'Changes not accepted ({count})',
  'pending.notAcceptedLead':
    'The record on the server is unchanged. What you wrote is kept on this device: copy it if you need it, then discard it.',
  'pending.fullText': 'Full text (to copy)',
  'pending.discard': 'Discard from this device',
  'pending.discardConfirm':
    'Discard this from the device? It has not reached the server and cannot be recovered. Copy the text first if you need it.',
  'pending.title': 'Not yet sent',
  'pending.leadOnline':
    'What you wrote on this device that has not reached the server yet. It is sent automatically while online; to send it right away, use “Send now” at the top.',
  'pending.leadOffline': 'You are offline: these are kept on this device and are sent automatically once there is a signal.',
  'pending.none': 'Everything has been sent to the server.',
  'pending.posts': 'Posts ({count})',
  'pending.comments': 'Comments ({count})',
  'pending.forms': 'Forms ({count})',
  'pending.observations': 'Vital signs and wound scores ({count})',
  'pending.woundScore': 'Wound score DESIGN-R®2020 {site} total {total}',
  'pending.withdrawal': 'Withdrawal',
  'pending.receipts': 'Read marks ({count})',
  'pending.receiptsOf': 'Read marks: {count}',
  'pending.retraction': 'Retraction',
  'pending.unknownPatient': '(patient not on this device)',
};
