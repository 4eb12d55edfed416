/** Staff accounts (/admin/staff): create, edit, disable, reset, unlock. */
import type { Messages } from '../../catalogue';
import type { jaStaff } from '../ja/staff';

export const enStaff: Messages<typeof jaStaff> = {
  'staff.title': 'Staff accounts of {facility}',
  'staff.forAdmins': 'Only facility and region administrators can manage staff accounts.',
  'staff.needsConnection': 'You are offline: staff accounts are kept on the server, so managing them needs a connection.',
  'staff.createTitle': 'New staff account',
  'staff.name': 'Name',
  'staff.kana': 'Name in kana',
  'staff.loginId': 'Login ID',
  'staff.loginIdHint': 'Letters, digits, dot, hyphen or underscore; 3 to 64 characters.',
  'staff.profession': 'Profession',
  'staff.create': 'Create account',
  'staff.handOverTitle': 'Hand these to {name}',
  'staff.temporaryPassword': 'Temporary password',
  'staff.handOverHint': 'It is shown only now. They must choose their own password when they first sign in.',
  'staff.handedOver': 'Done',
  'staff.listTitle': 'Accounts ({count})',
  'staff.active': 'Active',
  'staff.disabled': 'Disabled',
  'staff.mustChangePassword': 'Must choose a password',
  'staff.resetPasswordNamed': 'Reset password of {name}',
  'staff.resetPasswordConfirm':
    'Give {name} a new temporary password? Their current password stops working and every device of theirs is signed out.',
  'staff.unlockNamed': 'Unlock sign-in of {name}',
  'staff.unlocked': 'Sign-in of {name} is unlocked.',
  'staff.disableNamed': 'Disable {name}',
  'staff.disableConfirm':
    'Disable the account of {name}? Every device of theirs is signed out at once and loses its patient data. Their records stay.',
  'staff.enableNamed': 'Enable {name} again',
  'staff.editNamed': 'Edit {name}',
  'staff.editTitle': 'Editing {name}',
  'staff.email': 'Email (optional)',
  'staff.isFacilityAdmin': 'Facility administrator (manages staff accounts, devices and the audit log)',
  'staff.saveChanges': 'Save changes',
  'staff.handOverManyTitle': 'To hand over ({count} accounts)',
  'staff.print': 'Print',
  'staff.resetSecondFactorsNamed': 'Reset two-factor sign-in of {name}',
  'staff.resetSecondFactorsConfirm':
    'This removes the authenticator app, passkeys and recovery codes of {name} and signs them out everywhere. Continue?',
  'staff.secondFactorsReset': 'Two-factor sign-in of {name} was reset.',
  'staff.resetPasswordTitle': 'Reset the password of {name}',
  'staff.resetRemovePasskeys': 'Also remove all their passkeys (a passkey signs in without the password)',
  'staff.passkeysRemoved': 'Passkeys of {name} removed: {count}.',
  'staff.lockoutsTitle': 'Accounts locked out of signing in',
  'staff.lockoutsLead':
    'Repeated failed sign-ins at one login ID lock it for a while. Anyone can cause this, so check where the failures came from. The person can still sign in while locked if both their password and their second factor are right.',
  'staff.lockoutsNone': 'No account is locked out.',
  'staff.lockedUntil': 'Locked until {until}',
  'staff.lockoutAddress': '{count} from {ip} (last at {at})',
};
