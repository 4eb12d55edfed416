/** The timeline: its filter, its end, earlier posts. */
import type { Messages } from '../../catalogue';
import type { jaTimeline } from '../ja/timeline';

export const enTimeline: Messages<typeof jaTimeline> = {
  'timeline.filter': 'Filter posts',
  'timeline.filterAll': 'All',
  'timeline.showEarlier': 'Show earlier posts',
  'timeline.empty': 'No posts yet. Write the first one in the box below.',
  'timeline.noneInCategory': 'No posts in this category.',
  'timeline.archived': 'This patient is archived: the record can be read but not changed.',
};
