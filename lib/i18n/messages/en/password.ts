/** Changing the password, and the password rules. */
import type { Messages } from '../../catalogue';
import type { jaPassword } from '../ja/password';

export const enPassword: Messages<typeof jaPassword> = {
  'password.title': 'Change password',
  'password.mustChange': 'Your password was set by an administrator. Choose a new one before you continue.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Confirm new password',
  'password.rules': 'At least {min} characters, with at least one letter, one digit and one symbol.',
  'password.submit': 'Change password',
  'password.submitting': 'Changing…',
  'password.mismatch': 'The two new passwords do not match.',
  'password.changed': 'Your password was changed. Your other devices were signed out.',
  'password.removePasskeys': 'Also remove all my passkeys (if someone else may have added one)',
  'password.removePasskeysHint': 'A passkey signs in without the password, so changing the password leaves it in place.',
  'password.passkeysRemoved': 'Passkeys removed: {count}.',
  'password.problem.tooShort': 'Use at least {min} characters.',
  'password.problem.tooLong': 'This is too long.',
  'password.problem.needsLetter': 'Include a letter.',
  'password.problem.needsDigit': 'Include a digit.',
  'password.problem.needsSymbol': 'Include a symbol.',
};
