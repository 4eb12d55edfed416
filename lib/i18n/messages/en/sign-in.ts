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
  'signIn.or': 'or',
  'signIn.withPasskey': 'Sign in with a passkey',
  'signIn.passkeyWaiting': 'Checking your passkey…',
  'signIn.passkeyCancelled': 'Signing in with a passkey was cancelled.',
  'signIn.passkeyUnsupported': 'This browser does not support passkeys.',
};
