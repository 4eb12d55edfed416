/** Comments on a post. */
import type { Messages } from '../../catalogue';
import type { jaComment } from '../ja/comment';

export const enComment: Messages<typeof jaComment> = {
  'comment.add': 'Comment',
  'comment.label': 'Your comment',
  'comment.send': 'Send comment',
  'comment.listLabel': 'Comments: {count}',
  'comment.retracted': '(retracted comment)',
  'comment.empty': 'Write a comment first.',
  'comment.tooLong': 'Use at most {max} characters for a comment.',
};
