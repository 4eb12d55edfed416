/** Withdrawing a facility from the region (利用廃止申請). */
import type { Messages } from '../../catalogue';
import type { jaWithdrawal } from '../ja/withdrawal';

export const enWithdrawal: Messages<typeof jaWithdrawal> = {
  'withdrawal.title': 'Withdrawal request',
  'withdrawal.lead':
    'Apply here if your facility will stop using the service. When the region administrator completes it, every account of the facility is disabled. Records are kept and stay readable to the care teams they belong to.',
  'withdrawal.reason': 'Reason',
  'withdrawal.desiredDate': 'Desired date',
  'withdrawal.reasonRequired': 'Give a reason.',
  'withdrawal.submit': 'Apply to withdraw',
  'withdrawal.confirm':
    'Apply to end the use of the service by {facility}? You can take it back until the region administrator completes it.',
  'withdrawal.pending': 'Withdrawal requested ({at}). Waiting for the region administrator.',
  'withdrawal.cancel': 'Take back the request',
  'withdrawal.cancelConfirm': 'Take back the withdrawal request?',
  'withdrawal.history': 'Requests',
  'withdrawal.status.pending': 'Pending',
  'withdrawal.status.completed': 'Completed',
  'withdrawal.status.cancelled': 'Taken back',
  'withdrawal.withdrawn': 'This facility no longer uses the service.',
};
