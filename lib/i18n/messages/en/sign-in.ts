/** Signing in: login ID and password, or a passkey. */
import type { Messages } from '../../catalogue';
import type { jaSignIn } from '../ja/sign-in';

export const enSignIn: Messages<typeof jaSignIn> = {
  'signIn.title': 'Sign in',
  'signIn.lead': 'Enter the login ID and password issued by your facility.',
  'signIn.loginId': 'Login ID',
  'signIn.password': 'Password',
  'signIn.showPassword': 'Show password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.forgot': 'If you forgot your password or are locked out, contact your facility administrator.',
  'signIn.offline': 'You are offline, so you cannot sign in. Try again where there is a signal.',
  'signIn.sessionExpired': 'You were signed out after a period of inactivity. Please sign in again.',
  'signIn.signedOut': 'You have signed out.',
  'signIn.maxAge': 'Your sign-in has reached its time limit. Please sign in again.',
  'signIn.passwordChanged': 'Your password was changed. Please sign in again.',
  'signIn.signedOutElsewhere': 'You were signed out from another device. Please sign in again.',
  'signIn.invalid': 'Your sign-in has expired. Please sign in again.',
  'signIn.disabled': 'This account has been disabled, so its information on this device has been erased.',
  'signIn.workKept': 'What you had not yet sent is kept on this device and is sent when you sign in again with the same account.',
  'signIn.waitingWork': '{count} unsent items of {name} are waiting on this device. They are sent when {name} signs in.',
  'signIn.or': 'or',
  'signIn.withPasskey': 'Sign in with a passkey',
  'signIn.passkeyWaiting': 'Checking your passkey…',
  'signIn.passkeyCancelled': 'Signing in with a passkey was cancelled.',
  'signIn.passkeyUnsupported': 'This browser does not support passkeys.',
};
