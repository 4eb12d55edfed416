/** How much of a user's work waits on this device unsent, read once (screens use the live versions). */
import 'client-only';
import type { RenrakuDatabase } from './collections';
import { notYetSynced } from './mutators';
import type { OutboxDatabase } from './outbox';
import { countUnsentFiles } from './outbox-records';

export interface PendingWork {
  posts: number;
  comments: number;
  receipts: number;
  /** Forms written or changed here — drafts as they are typed, finalised ones — not yet on the server. */
  forms: number;
  /** Vital-sign readings and wound scores (and their withdrawals) not yet on the server. */
  observations: number;
  /** Photos and files waiting or refused (drafts are not written yet). */
  files: number;
  /** Posts, comments and changes the server would not take, kept for the user. */
  refused: number;
}

export async function countPendingWork({ db, outbox }: { db: RenrakuDatabase; outbox: OutboxDatabase }): Promise<PendingWork> {
  const selector = { updatedAt: notYetSynced };
  const [posts, comments, receipts, forms, observations, files, refused] = await Promise.all([
    db.posts.count({ selector }).exec(),
    db.comments.count({ selector }).exec(),
    db.receipts.count({ selector }).exec(),
    db.forms.count({ selector }).exec(),
    db.observations.count({ selector }).exec(),
    countUnsentFiles(outbox),
    outbox.refusals.count(),
  ]);
  return { posts, comments, receipts, forms, observations, files, refused };
}

/** Whether signing out would lose something the user wrote (read marks alone do not count). */
export function holdsWrittenWork(work: PendingWork): boolean {
  return work.posts + work.comments + work.forms + work.observations + work.files + work.refused > 0;
}
