/** Notices about one's own account (sign-in factors added or removed), on the home and security screens. */
import type { Messages } from '../../catalogue';
import type { jaNotices } from '../ja/notices';

export const enNotices: Messages<typeof jaNotices> = {
  'notices.title': 'About your account',
  'notices.lead': 'If you did not make a change listed here, change your password at once and tell your facility administrator.',
  'notices.dismiss': 'Got it',
  'notices.passkeyAdded': 'The passkey “{name}” was added.',
  'notices.passkeyRemoved': 'The passkey “{name}” was removed.',
  'notices.totpAdded': 'An authenticator app was set up.',
  'notices.totpRemoved': 'The authenticator app was removed.',
  'notices.recoveryCodesRegenerated': 'New recovery codes were made; the old ones no longer work.',
  'notices.secondFactorsReset': 'An administrator ({by}) reset your two-factor sign-in.',
  'notices.passkeysRemoved': 'Passkeys removed with your password change: {count}.',
  'notices.passkeysRemovedBy': 'An administrator ({by}) reset your password and removed your passkeys ({count}).',
  'notices.where': '{time} · {device}',
  'notices.when': '{time}',
};
