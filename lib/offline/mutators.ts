/**
 * Every write a person makes to this device's data, in one place (like zbugs' mutators; the forms'
 * and readings' writes beside it in ./record-mutators.ts): screens call these and never insert into
 * the databases themselves. A document written here carries
 * `updatedAt: 0` until the server's copy comes back (`isPendingSync`); the replication pushes it.
 * The sync machinery's own writes (pulled documents, uploaded files' records) are not here.
 */
import 'client-only';
import type { RxDocument } from 'rxdb';
import type { PostCategory } from '@/lib/domain/categories';
import { isNewComment, readAtFor } from '@/lib/domain/new-comments';
import type { AttachmentKind } from '@/lib/schemas/attachment';
import { receiptId, type CommentDoc, type ReceiptDoc } from '@/lib/schemas/comment';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import type { PostDoc } from '@/lib/schemas/post';
import type { SyncCollection } from '@/lib/sync/protocol';
import type { RenrakuDatabase } from './collections';
import { noteLocalWrite } from './device-generation';
import type { RefusedDocument } from './replication';
import { refusedText } from './refused-text';
import type { OutboxDatabase } from './outbox';
import { refusalKey, type ComposerDraft, type OutboxFile, type PushRefusal } from './outbox-records';

/** Documents written on this device carry this `updatedAt` until the server's copy comes back. */
export const notYetSynced = 0;

/** Written on this device and not yet confirmed by the server. */
export function isPendingSync(doc: { updatedAt: number }): boolean {
  return doc.updatedAt === notYetSynced;
}

/** Where a person's writes go: their database and outbox on this device. */
export interface Writer {
  db: RenrakuDatabase;
  outbox: OutboxDatabase;
  userId: string;
}

export interface NewPost {
  id: string;
  patientId: string;
  category: PostCategory;
  body: string;
  /** Chosen members only (特別便), or the whole team when empty. */
  recipientIds: string[];
}

/**
 * A new post; the files chosen for it in the composer join the outbox's queue with it. The two
 * live in different databases, so a page that goes in between (a reload, the app killed) leaves a
 * draft whose post exists: `settlePostedDraft` finishes it when the draft is next read.
 */
export async function writePost({ db, outbox, userId }: Writer, post: NewPost): Promise<void> {
  noteLocalWrite(userId);
  const createdAt = Date.now();
  await db.posts.insert({
    id: post.id,
    patientId: post.patientId,
    authorId: userId,
    category: post.category,
    body: post.body,
    visibility: post.recipientIds.length > 0 ? 'private' : 'team',
    recipientIds: post.recipientIds,
    clientCreatedAt: createdAt,
    serverCreatedAt: null,
    revision: 1,
    editedAt: null,
    editedBy: null,
    history: [],
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    updatedAt: notYetSynced,
  });
  await queueDraftFiles(outbox, post.id, createdAt);
}

/** The post's chosen files join the queue, dated with their post so they show with it. */
async function queueDraftFiles(outbox: OutboxDatabase, postId: string, createdAt: number): Promise<void> {
  // Read by the index and chosen here: the sealed outbox opens values only for reads by key or query.
  await outbox.transaction('rw', outbox.files, async () => {
    const drafts = (await outbox.files.where('postId').equals(postId).toArray()).filter((file) => file.state === 'draft');
    await outbox.files.bulkPut(drafts.map((file) => ({ ...file, state: 'waiting' as const, createdAt, nextAttemptAt: 0 })));
  });
}

/** True (and the draft finished: its files queued, the draft gone) when the draft's post was already written. */
export async function settlePostedDraft({ db, outbox }: Writer, draft: ComposerDraft): Promise<boolean> {
  const post = await db.posts.findOne(draft.postId).exec();
  if (!post) return false;
  await queueDraftFiles(outbox, draft.postId, post.clientCreatedAt);
  await outbox.drafts.delete(draft.patientId);
  return true;
}

/** The stored post a change applies to (the screen may show a kept copy of it). */
async function storedPost(db: RenrakuDatabase, postId: string): Promise<RxDocument<PostDoc>> {
  const post = await db.posts.findOne(postId).exec();
  if (!post) throw new Error(`post ${postId} is not on this device`);
  return post;
}

/** A new text or category for one's own post; the server keeps the previous version. */
export async function editPost({ db, userId }: Writer, postId: string, change: { body: string; category: PostCategory }): Promise<void> {
  const post = await storedPost(db, postId);
  noteLocalWrite(userId);
  await post.incrementalPatch({ ...change, updatedAt: notYetSynced });
}

/** Retracts one's own post, with the reason; the original stays in the record. */
export async function retractPost({ db, userId }: Writer, postId: string, reason: string): Promise<void> {
  const post = await storedPost(db, postId);
  noteLocalWrite(userId);
  await post.incrementalPatch({ retractedAt: Date.now(), retractedBy: userId, retractReason: reason, updatedAt: notYetSynced });
}

export async function writeComment({ db, userId }: Writer, comment: Pick<CommentDoc, 'postId' | 'patientId' | 'body'>): Promise<void> {
  noteLocalWrite(userId);
  await db.comments.insert({
    id: crypto.randomUUID(),
    ...comment,
    authorId: userId,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: notYetSynced,
  });
}

/**
 * Read marks (既読) for posts that have been on screen, with their comments. A post gets its first
 * mark (my own post only once others commented on it); a mark already there moves to now when a
 * comment came after it (lib/domain/new-comments.ts), so What's new no longer lists that comment.
 */
export async function markRead({ db, userId }: Writer, patientId: string, postIds: string[]): Promise<void> {
  const now = Date.now();
  const [posts, marks, commentsOf] = await Promise.all([
    db.posts.findByIds(postIds).exec(),
    db.receipts.findByIds(postIds.map((postId) => receiptId(postId, userId))).exec(),
    // One exact index lookup per post (an `$in` over random ids scans the collection).
    Promise.all(postIds.map((postId) => db.comments.find({ selector: { postId } }).exec())),
  ]);
  const fresh: ReceiptDoc[] = [];
  const moved: Array<Promise<unknown>> = [];
  postIds.forEach((postId, index) => {
    const comments = commentsOf[index] ?? [];
    const mark = marks.get(receiptId(postId, userId));
    const news = comments.some((comment) => isNewComment(comment, userId, mark?.readAt ?? null));
    const readAt = readAtFor(comments, now);
    if (mark) {
      if (news && mark.readAt < readAt) moved.push(mark.incrementalPatch({ readAt, updatedAt: notYetSynced }));
    } else if (posts.get(postId)?.authorId !== userId || news) {
      fresh.push({ id: receiptId(postId, userId), postId, patientId, userId, readAt, updatedAt: notYetSynced });
    }
  });
  // A receipt written meanwhile (read on another device) comes back as a conflict error: nothing to do.
  await Promise.all([db.receipts.bulkInsert(fresh).catch(() => undefined), ...moved]);
}

/** The composer's draft, kept so a reload (or the camera app) loses nothing. */
export async function saveDraft({ outbox, userId }: Writer, draft: ComposerDraft): Promise<void> {
  noteLocalWrite(userId);
  await outbox.drafts.put(draft);
}

export async function discardDraft({ outbox }: Writer, patientId: string): Promise<void> {
  await outbox.drafts.delete(patientId);
}

/** A photo or file chosen in the composer, prepared and waiting (as a draft) for its post. */
export async function addDraftFile(
  { outbox, userId }: Writer,
  file: Omit<OutboxFile, 'state' | 'attempts' | 'nextAttemptAt' | 'errorCode'>,
): Promise<void> {
  noteLocalWrite(userId);
  await outbox.files.put({ ...file, state: 'draft', attempts: 0, nextAttemptAt: 0, errorCode: null });
}

export async function setDraftFileKind({ outbox }: Writer, fileId: string, kind: AttachmentKind): Promise<void> {
  await outbox.files.update(fileId, { kind });
}

export async function removeDraftFile({ outbox }: Writer, fileId: string): Promise<void> {
  await outbox.files.delete(fileId);
}

/**
 * Discards a post or comment the server would not take — the only way anything the user wrote
 * leaves this device unsent, and only by their hand. A post's files go with it.
 */
export async function discardRefused({ db, outbox }: Writer, refusal: PushRefusal): Promise<void> {
  const collection =
    refusal.collection === 'posts' || refusal.collection === 'forms' || refusal.collection === 'observations'
      ? refusal.collection
      : 'comments';
  const doc = await (db[collection] as RenrakuDatabase['comments']).findOne(refusal.id).exec();
  // A refused change to a record the server holds was replaced by the server's copy: only the kept text goes.
  if (doc && isPendingSync(doc)) await doc.remove();
  await outbox.refusals.delete(refusal.key);
  if (refusal.collection === 'posts') await outbox.files.where('postId').equals(refusal.id).delete();
}

/**
 * Keeps what the server refused — why, and the text written (a form's answers, a reading's values)
 * — for the user to see and decide on.
 */
export async function recordRefusals(outbox: OutboxDatabase, collection: SyncCollection, refused: RefusedDocument[]): Promise<void> {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  await outbox.refusals.bulkPut(
    refused.map(({ id, reason, pushed }) => ({
      key: refusalKey(collection, id),
      collection,
      id,
      reason,
      at: Date.now(),
      written: {
        patientId: text(pushed.patientId),
        body: refusedText(collection, pushed),
        retractReason: typeof pushed.retractReason === 'string' ? pushed.retractReason : null,
      },
    })),
  );
}

/** A read mark refused (the team was left) holds nothing of the user's: it goes. */
export async function dropRefusedReceipts(db: RenrakuDatabase, refused: Array<{ id: string }>): Promise<void> {
  const found = await db.receipts.findByIds(refused.map(({ id }) => id)).exec();
  await Promise.all([...found.values()].map((doc) => doc.remove()));
}

/** The region's directory of people (names, professions, facilities), as the server sent it. */
export async function saveDirectory(db: RenrakuDatabase, entries: DirectoryEntry[]): Promise<void> {
  await db.directory.bulkUpsert(entries);
}
