/**
 * What's new as the screen shows it: my unread posts and posts with new comments, filtered, grouped by patient (the patient
 * with the newest news first), each post with what makes it news — a form, photos, comments.
 */
import type { PostCategory } from '@/lib/domain/categories';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { UnreadPost } from '@/app/_lib/unread/unread-posts';
import { orderAsShown, type ShownRank } from '@/app/_lib/use-steady-order';

export interface FeedFilters {
  category: PostCategory | null;
  /** Only private posts (特別便) addressed to me. */
  privateToMe: boolean;
  /** Only posts with photos. */
  photos: boolean;
  /** Only posts that announce a form. */
  forms: boolean;
  /** Only patients whose care team I own. */
  ownedOnly: boolean;
}

export const noFilters: FeedFilters = { category: null, privateToMe: false, photos: false, forms: false, ownedOnly: false };

/** What the device knows about the unread posts besides the posts themselves. */
export interface FeedExtras {
  /** Photos (not documents) per post. */
  photosByPost: ReadonlyMap<string, number>;
  /** The template of the form each post announces. */
  formByPost: ReadonlyMap<string, FormTemplateId>;
  /** Others' comments per post. */
  commentsByPost: ReadonlyMap<string, number>;
  /** Patients whose care team I own. */
  ownedPatientIds: ReadonlySet<string>;
}

export const noExtras: FeedExtras = {
  photosByPost: new Map(),
  formByPost: new Map(),
  commentsByPost: new Map(),
  ownedPatientIds: new Set(),
};

/** The items a group shows at first (more on request). */
export const itemsShownAtFirst = 5;
/** An item shows this much of its post (and an ellipsis past it). */
export const excerptLength = 140;

export interface FeedItem {
  post: UnreadPost;
  photos: number;
  form: FormTemplateId | null;
  /** Others' comments on an unread post; on a post read before, see `post.newComments`. */
  comments: number;
  privateToMe: boolean;
}

export interface FeedGroup {
  patientId: string;
  /** Newest first. */
  items: FeedItem[];
}

export function isPrivateToMe(meId: string, post: Pick<UnreadPost, 'visibility' | 'recipientIds'>): boolean {
  return post.visibility === 'private' && post.recipientIds.includes(meId);
}

/** How many unread things a group holds: an unread post once, each new comment on a post read before once. */
export function groupUnreadCount(group: FeedGroup): number {
  return group.items.reduce((sum, item) => sum + (item.post.postUnread ? 1 : item.post.newComments), 0);
}

/** `posts` newest news first (as the unread query gives them); groups keep that order by their newest item. */
export function buildFeed(posts: readonly UnreadPost[], extras: FeedExtras, filters: FeedFilters, meId: string): FeedGroup[] {
  const groups = new Map<string, FeedGroup>();
  for (const post of posts) {
    const item: FeedItem = {
      post,
      photos: extras.photosByPost.get(post.id) ?? 0,
      form: extras.formByPost.get(post.id) ?? null,
      comments: extras.commentsByPost.get(post.id) ?? 0,
      privateToMe: isPrivateToMe(meId, post),
    };
    if (!passes(item, extras, filters)) continue;
    const group = groups.get(post.patientId);
    if (group) group.items.push(item);
    else groups.set(post.patientId, { patientId: post.patientId, items: [item] });
  }
  return [...groups.values()];
}

function passes(item: FeedItem, extras: FeedExtras, filters: FeedFilters): boolean {
  if (filters.category && item.post.category !== filters.category) return false;
  if (filters.privateToMe && !item.privateToMe) return false;
  if (filters.photos && item.photos === 0) return false;
  if (filters.forms && item.form === null) return false;
  if (filters.ownedOnly && !extras.ownedPatientIds.has(item.post.patientId)) return false;
  return true;
}

/**
 * The feed held under a hand (app/_lib/use-steady-order.ts): its patients' groups, and each group's
 * posts, where they were shown; news that came meanwhile below them.
 */
const groupKey = (group: FeedGroup) => `patient:${group.patientId}`;
const itemKey = (item: FeedItem) => `post:${item.post.id}`;

export function feedKeys(groups: readonly FeedGroup[]): string[] {
  return groups.flatMap((group) => [groupKey(group), ...group.items.map(itemKey)]);
}

export function arrangeFeed(groups: readonly FeedGroup[], rank: ShownRank): readonly FeedGroup[] {
  return orderAsShown(groups, rank, groupKey).map((group) => ({ ...group, items: orderAsShown(group.items, rank, itemKey) }));
}
