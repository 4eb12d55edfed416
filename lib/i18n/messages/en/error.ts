/** The message for each AppError code, and for a missing connection. */
import type { Messages } from '../../catalogue';
import type { jaError } from '../ja/error';

export const enError: Messages<typeof jaError> = {
  'error.UNAUTHENTICATED': 'Please sign in again.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.NOT_FOUND': 'Not found.',
  'error.CONFLICT': 'This clashed with another change. Please try again.',
  'error.INVALID_INPUT': 'Please check what you entered.',
  'error.INVALID_CREDENTIALS': 'The login ID or password is incorrect.',
  'error.LOGIN_LOCKED': 'Too many failed sign-ins. Signing in is locked until {until}.',
  'error.ACCOUNT_DISABLED': 'This account is disabled. Contact your facility administrator.',
  'error.PASSWORD_CHANGE_REQUIRED': 'Please change your password first.',
  'error.PASSWORD_POLICY': 'The password does not meet the requirements.',
  'error.PASSWORD_UNCHANGED': 'Choose a password different from the current one.',
  'error.WRONG_CURRENT_PASSWORD': 'The current password is incorrect.',
  'error.ORIGIN_MISMATCH': 'The request came from another site and was refused.',
  'error.CLIENT_OUTDATED': 'This app is out of date. Reload to update it.',
  'error.FILE_TOO_LARGE': 'The file is too large. Make it smaller and attach it again.',
  'error.QUOTA_EXCEEDED': 'The storage limit has been reached. Contact your facility administrator.',
  'error.UNSUPPORTED_TYPE':
    'This kind of file cannot be attached. Choose a photo (JPEG, PNG, WebP, HEIC, TIFF) or a PDF, Word or Excel document.',
  'error.TYPE_MISMATCH': 'The file is not what was chosen. Attach photos as photos and documents as documents.',
  'error.IMAGE_TOO_LARGE': 'The image has too many pixels. Lower its resolution and attach it again.',
  'error.UNREADABLE_IMAGE': 'The image could not be read. The file may be damaged.',
  'error.HEIC_UNSUPPORTED': 'This HEIC image could not be converted. Save it as JPEG on the device and attach it again.',
  'error.INTERNAL': 'Something went wrong on the server. Please try again later.',
  'error.network': 'Cannot reach the server. Check your connection.',
  'error.RATE_LIMITED': 'Too many requests in a short time. Please try again later.',
  'error.REQUEST_TOO_LARGE': 'What you are sending is too large.',
  'error.REAUTHENTICATION_REQUIRED':
    'To confirm it is you, enter your password, a code from your authenticator app, or use a passkey again.',
  'error.DEVICE_NOT_APPROVED':
    'This device is waiting for approval by your facility administrator. Patient information arrives once it is approved.',
  'error.DEVICE_REVOKED': 'An administrator has stopped this device from being used. Contact your facility administrator.',
  'error.SECOND_FACTOR_REQUIRED':
    'To continue, confirm it is you with your second factor (authenticator app code, passkey or recovery code).',
  'error.SECOND_FACTOR_SETUP_REQUIRED': 'Your account needs two-factor sign-in. Set up an authenticator app or a passkey first.',
  'error.SECOND_FACTOR_INVALID': 'The code or passkey could not be verified. Please try again.',
  'error.SECOND_FACTOR_LAST': 'Two-factor sign-in is required, so your last method cannot be removed. Add another one first.',
};
