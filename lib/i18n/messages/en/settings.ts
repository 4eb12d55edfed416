/** Region settings (/admin/region): categories, two-factor policy, device approval, idle timeout. */
import type { Messages } from '../../catalogue';
import type { jaSettings } from '../ja/settings';

export const enSettings: Messages<typeof jaSettings> = {
  'settings.title': 'Region settings',
  'settings.lead': 'These apply to every facility in {region}. Changes are written to the audit log.',
  'settings.portal': 'Facility registration portal',
  'settings.noPortal': 'This region has no portal address.',
  'settings.categories': 'Post categories',
  'settings.categoriesHint':
    'The categories staff can choose when posting, in this order. Keep at least one. Posts already in a category you turn off are still shown.',
  'settings.categoryEnabled': 'Use {category}',
  'settings.moveUp': 'Move {category} up',
  'settings.moveDown': 'Move {category} down',
  'settings.categoriesEmpty': 'Turn on at least one category.',
  'settings.twoFactor': 'Two-factor sign-in',
  'settings.twoFactor.administrators': 'Required for administrators only (facility and region)',
  'settings.twoFactor.everyone': 'Required for all staff',
  'settings.twoFactorHint':
    'Japan’s guideline for the security of medical information systems expects two-factor sign-in for every user by 2027.',
  'settings.deviceApproval': 'Device approval',
  'settings.deviceApprovalRequired': 'A new device receives patient data only once its facility administrator approves it',
  'settings.deviceApprovalHint': 'When off, every device that signs in receives patient data (for demonstrations).',
  'settings.idleTimeout': 'Sign out after this many minutes without activity',
  'settings.idleTimeoutHint':
    '{min} to {max} minutes. Leave empty to use the server’s default. Longer than the server’s default, the shorter of the two applies.',
  'settings.idleTimeoutInvalid': 'Enter a whole number from {min} to {max}, or leave it empty.',
  'settings.lockAfter': 'Lock the app on a device after this many minutes without use',
  'settings.lockAfterHint': '{min} to {max} minutes (default {default}). Unlocking needs the password; unsent work waits, encrypted.',
  'settings.offlineLimit': 'Hours a device may stay offline and still be unlocked with the password',
  'settings.offlineLimitHint':
    '{min} to {max} hours (default {default}). After that, only an online sign-in opens the data on the device; nothing unsent is lost.',
  'settings.rangeInvalid': 'Enter a whole number from {min} to {max}.',
  'settings.save': 'Save settings',
  'settings.saving': 'Saving…',
  'settings.saved': 'Settings saved.',
};
