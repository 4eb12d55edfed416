/** The audit log viewer (/admin/audit). */
import type { Messages } from '../../catalogue';
import type { jaAudit } from '../ja/audit';

export const enAudit: Messages<typeof jaAudit> = {
  'audit.column.seq': 'No.',
  'audit.column.time': 'Time',
  'audit.column.action': 'Action',
  'audit.column.outcome': 'Outcome',
  'audit.column.loginId': 'Login ID',
  'audit.column.user': 'User',
  'audit.column.facility': 'Facility',
  'audit.column.patient': 'Patient',
  'audit.column.ip': 'IP address',
  'audit.column.userAgent': 'Browser',
  'audit.column.details': 'Details',
  'audit.title': 'Audit log',
  'audit.leadFacility':
    'Every sign-in, every write and every look at patient data by the staff of {facility}. Entries cannot be changed or deleted; your viewing is recorded too.',
  'audit.leadRegion':
    'Every sign-in, every write and every look at patient data in {region}. Entries cannot be changed or deleted; your viewing is recorded too.',
  'audit.filters': 'Filters',
  'audit.filter.loginId': 'Login ID',
  'audit.filter.patient': 'Patient',
  'audit.filter.anyPatient': 'Any patient',
  'audit.filter.action': 'Action',
  'audit.filter.anyAction': 'Any action',
  'audit.filter.from': 'From',
  'audit.filter.to': 'To',
  'audit.apply': 'Show',
  'audit.download': 'Download CSV',
  'audit.none': 'No entries match these filters.',
  'audit.more': 'Show older entries',
  'audit.failure': 'failed',
  'audit.needsConnection': 'The audit log is kept on the server: reading it needs a connection.',
  'audit.unknownTitle': 'Failed sign-ins for unknown login IDs',
  'audit.unknownLead': 'How many a day, over the last {days} days. A day with many more may be someone guessing login IDs.',
  'audit.unknownNone': 'None in the last {days} days.',
  'audit.unknownDay': 'Day',
  'audit.unknownCount': 'Failed sign-ins',
  'audit.forAdmins': 'Only facility and region administrators can read the audit log.',
};
