/** A timeline printed on A4: the link, the date range, what each page says. */
import type { Messages } from '../../catalogue';
import type { jaTimelinePrint } from '../ja/timeline-print';

export const enTimelinePrint: Messages<typeof jaTimelinePrint> = {
  'timelinePrint.link': 'Print',
  'timelinePrint.heading': 'Print the timeline',
  'timelinePrint.from': 'From',
  'timelinePrint.to': 'To',
  'timelinePrint.print': 'Print',
  'timelinePrint.back': 'Back to the timeline',
  'timelinePrint.rangeInvalid': 'The start date must not be after the end date.',
  'timelinePrint.count': '{count} posts',
  'timelinePrint.empty': 'No posts in these dates.',
  'timelinePrint.loading': 'Preparing the posts…',
  'timelinePrint.title': 'Care notebook, {from} – {to}',
  'timelinePrint.waitingForPhotos': 'Waiting for the photos…',
  'timelinePrint.printedBy': 'Printed by {name} ({time})',
  'timelinePrint.privateTo': 'Private post (to {names})',
  'timelinePrint.retracted': 'Retracted',
  'timelinePrint.edited': 'Edited',
  'timelinePrint.form': 'Form: {name}',
  'timelinePrint.comments': 'Comments',
  'timelinePrint.hint': 'What follows prints on A4. Photos print as thumbnails.',
};
