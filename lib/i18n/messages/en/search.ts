/** Search of the records on this device: on the patient list and in each timeline. */
import type { Messages } from '../../catalogue';
import type { jaSearch } from '../ja/search';

export const enSearch: Messages<typeof jaSearch> = {
  'search.labelAll': 'Search records',
  'search.labelPatient': "Search this patient's records",
  'search.hint': 'Posts, comments, forms and file names. Works offline.',
  'search.region': 'Record search',
  'search.preparing': 'Preparing search…',
  'search.count': 'Results: {count}',
  'search.countOf': 'Newest {count} of {total}',
  'search.none': 'Nothing found for “{query}”',
  'search.results': 'Results for “{query}”',
  'search.kind.post': 'Post',
  'search.kind.comment': 'Comment',
  'search.kind.form': 'Form',
  'search.kind.attachment': 'File',
};
