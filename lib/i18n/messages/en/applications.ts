/** Facility applications (/admin/applications): approve or reject. */
import type { Messages } from '../../catalogue';
import type { jaApplications } from '../ja/applications';

export const enApplications: Messages<typeof jaApplications> = {
  'applications.title': 'Facility applications',
  'applications.lead':
    'Applications sent from the portal of {region} ({portal}). Approving creates the facility and its administrator’s account, and tells the applicant by email.',
  'applications.pendingTitle': 'Waiting for a decision ({count})',
  'applications.decidedTitle': 'Decided',
  'applications.noPending': 'No application is waiting.',
  'applications.submittedAt': 'Submitted',
  'applications.contact': 'Contact person',
  'applications.status.pending': 'Waiting',
  'applications.status.approved': 'Approved',
  'applications.status.rejected': 'Rejected',
  'applications.decided': '{name}, {at}',
  'applications.reason': 'Reason for rejection',
  'applications.approveNamed': 'Approve {facility}',
  'applications.approveConfirm':
    'Approve {facility}? The facility and its administrator’s account (login ID {loginId}) are created, and the applicant is told by email.',
  'applications.rejectNamed': 'Reject {facility}',
  'applications.rejectTitle': 'Reject the application of {facility}',
  'applications.rejectReasonHint': 'The reason is quoted in the email to the applicant.',
  'applications.rejectReasonRequired': 'Give a reason for the rejection.',
  'applications.approved': '{facility} was approved.',
  'applications.rejected': 'The application of {facility} was rejected.',
};
