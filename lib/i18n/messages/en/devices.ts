/** Administrators' device screen (/admin/devices). */
import type { Messages } from '../../catalogue';
import type { jaDevices } from '../ja/devices';

export const enDevices: Messages<typeof jaDevices> = {
  'devices.title': 'Devices',
  'devices.lead':
    'The devices (browsers) used to sign in. Revoke a lost device: at its next connection the patient information on it is erased, and it can no longer be used to sign in.',
  'devices.policyOn': 'In this region, a new device receives no patient information until it is approved.',
  'devices.policyOff': 'In this region, new devices need no approval (region settings).',
  'devices.filter': 'Devices to show',
  'devices.filter.all': 'All',
  'devices.filter.pending': 'Waiting for approval',
  'devices.filter.approved': 'Approved',
  'devices.filter.revoked': 'Revoked',
  'devices.listTitle': 'Devices ({count})',
  'devices.empty': 'No devices to show.',
  'devices.owner': '{name} ({loginId}, {facility})',
  'devices.decidedBy': 'Decided by {name} on {time}',
  'devices.approveNamed': "Approve {name}'s {device}",
  'devices.revokeNamed': "Revoke {name}'s {device}",
  'devices.revokeConfirm':
    "Revoke {name}'s {device}? Its sessions end now, and the patient information on it is erased at its next connection. It needs approval to be used again.",
  'devices.approveAgainNamed': "Approve {name}'s {device} again",
  'devices.approved': '{device} approved.',
  'devices.revoked': '{device} revoked ({count} sessions ended).',
};
