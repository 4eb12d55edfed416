/** Installing the app: the install button, the iPad/iPhone guide, the manifest's shortcuts, the offline page. */
import type { Messages } from '../../catalogue';
import type { jaInstall } from '../ja/install';

export const enInstall: Messages<typeof jaInstall> = {
  'install.button': 'Install app',
  'install.iosTitle': 'Add Renraku to your Home Screen',
  'install.iosWhy': 'Used from the Home Screen, the data kept on this device is not erased, and notifications can reach you.',
  'install.iosStep1': 'Tap the Share button (at the top of the screen on an iPad, at the bottom on an iPhone).',
  'install.iosStep2': 'Choose “Add to Home Screen”.',
  'install.iosStep3': 'Tap “Add”, then open Renraku from its icon on the Home Screen.',
  'install.shareIcon': 'Share button (a square with an arrow pointing up)',
  'install.addIcon': '“Add to Home Screen” (a plus in a square)',
  'install.iosOtherBrowser': 'To add Renraku to the Home Screen, open this page in Safari.',
  'install.dismiss': 'Close',
  'install.showGuide': 'How to add to the Home Screen',
  'install.askPersistence': 'Ask again to protect the data',
  'install.shortcutWhatsNew': 'What’s new',
  'install.shortcutPatients': 'My patients',
  'install.shortcutNewPhoto': 'New photo for the last patient',
  'install.offlineTitle': 'This page cannot be opened offline',
  'install.offlineBody': 'It has not been opened on this device yet, or it needs the network. It opens once you are back online.',
  'install.offlineWorks': 'What works offline',
  'install.offlineHome': 'Home',
  'install.offlinePatients': 'My patients and each patient’s timeline (read, write, photos, forms)',
  'install.offlineWhatsNew': 'What’s new: posts and comments across all my patients, unread ones marked',
  'install.offlineSearch': 'Search records: posts, comments, forms and file names kept on this device',
  'install.offlineNeedsNetwork': 'Administration, the audit log and facility applications open when you are online.',
  'install.offlineRetry': 'Try again',
};
