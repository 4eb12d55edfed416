/** The second step of signing in (/signin/verify). */
import type { Messages } from '../../catalogue';
import type { jaVerify } from '../ja/verify';

export const enVerify: Messages<typeof jaVerify> = {
  'verify.title': 'Second step',
  'verify.lead': 'Confirm it is you with a second method.',
  'verify.codeLead': 'Enter the 6-digit code shown in your authenticator app.',
  'verify.code': 'Code from the app',
  'verify.submit': 'Verify',
  'verify.submitting': 'Verifying…',
  'verify.usePasskey': 'Use a passkey',
  'verify.useRecoveryCode': 'Use a recovery code',
  'verify.useApp': 'Use a code from the app',
  'verify.recoveryLead': 'If you lost your phone, enter one of the recovery codes you kept. A code that has been used never works again.',
  'verify.recoveryCode': 'Recovery code',
  'verify.cancel': 'Cancel and sign out',
  'verify.lostEverything':
    'If you can use neither your app nor a recovery code, ask your facility administrator to reset your two-factor sign-in.',
};
