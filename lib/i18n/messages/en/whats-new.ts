/** What's new (/whats-new): every unread post across my patients, its filters, and the two panes. */
import type { Messages } from '../../catalogue';
import type { jaWhatsNew } from '../ja/whats-new';

export const enWhatsNew: Messages<typeof jaWhatsNew> = {
  'whatsNew.link': 'What’s new',
  'whatsNew.unreadCount': '{count} unread',
  'whatsNew.title': 'What’s new',
  'whatsNew.intro': 'Posts, comments, forms and photos you have not read yet, newest first, patient by patient.',
  'whatsNew.summary': '{count} unread ({patients} patients)',
  'whatsNew.checking': 'Looking through every post on this device…',
  'whatsNew.none': 'Nothing new: you have read everything.',
  'whatsNew.noneFiltered': 'No unread posts match these filters.',
  'whatsNew.filters': 'Filters',
  'whatsNew.category': 'Category',
  'whatsNew.allCategories': 'All',
  'whatsNew.privateToMe': 'Private posts to me',
  'whatsNew.photos': 'With photos',
  'whatsNew.forms': 'Forms',
  'whatsNew.ownedOnly': 'Only patients I own',
  'whatsNew.groupCount': '{count} unread',
  'whatsNew.markAllRead': 'Mark all read',
  'whatsNew.markAllReadOf': 'Mark all read for {name}',
  'whatsNew.showMore': 'Show {count} more',
  'whatsNew.showMorePatients': 'Show {count} more patients',
  'whatsNew.photoCount': 'Photos: {count}',
  'whatsNew.commentCount': 'Comments: {count}',
  'whatsNew.newComments': 'New comments: {count}',
  'whatsNew.unknownPatient': 'A patient not on this device',
  'whatsNew.listLabel': 'Unread posts of {name}',
  'whatsNew.keyboardHint': 'j and k (or ↑ and ↓) move between posts; Enter opens one.',
  'whatsNew.paneEmpty': 'Choose something on the left and its timeline opens here.',
  'whatsNew.paneLabel': 'Timeline',
};
