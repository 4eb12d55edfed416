/** The home screen and its links. */
import type { Messages } from '../../catalogue';
import type { jaHome } from '../ja/home';

export const enHome: Messages<typeof jaHome> = {
  'home.title': 'Home',
  'home.welcome': '{name}',
  'home.myPatients': 'Open my patients',
  'home.account': 'Account',
  'home.loginId': 'Login ID',
  'home.facility': 'Facility',
  'home.profession': 'Profession',
  'home.role': 'Role',
  'home.region': 'Region',
  'home.sessionStarted': 'Signed in',
  'home.changePassword': 'Change password',
  'home.signOut': 'Sign out',
  'home.signOutEverywhere': 'Sign out on all devices',
  'home.signOutEverywhereConfirm': 'This signs you out on every device, including this one. Continue?',
  'home.signingOut': 'Signing out…',
  'home.auditLog': 'Audit log',
  'home.staff': 'Staff accounts',
  'home.applications': 'Facility applications',
  'home.facilities': 'Facilities',
  'home.regionSettings': 'Region settings',
  'home.mailOutbox': 'Mail outbox',
  'home.facilityPage': 'Facility and withdrawal',
  'home.devices': 'Devices',
  'home.security': 'Sign-in security',
};
