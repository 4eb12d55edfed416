/**
 * What the device's outbox (outbox.ts) holds, and the reads and writes the screens make on an open
 * one. Kept apart from the outbox's Dexie database itself, which loads with the device database's
 * code (app/_lib/offline/device-code.ts), not with the pages' first scripts.
 */
import type { PostCategory } from '@/lib/domain/categories';
import type { AttachmentKind } from '@/lib/schemas/attachment';
import type { PushRefusalReason } from '@/lib/sync/push';
import type { SyncCollection } from '@/lib/sync/protocol';
import type { OutboxDatabase } from './outbox';

/** draft: chosen in the composer, not yet posted; waiting: to be sent; failed: refused for good (see errorCode). */
export type OutboxState = 'draft' | 'waiting' | 'failed';

export interface OutboxFile {
  /** The attachment's id, chosen here: the server stores each id once. */
  id: string;
  postId: string;
  patientId: string;
  kind: AttachmentKind;
  fileName: string;
  mime: string;
  bytes: ArrayBuffer;
  /** A small JPEG made on the device, shown until the server's thumbnail exists; null if the browser could not decode the file. */
  thumb: ArrayBuffer | null;
  width: number;
  height: number;
  size: number;
  sha256: string;
  createdAt: number;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  /** The last refusal or failure (an AppError code, or NETWORK). */
  errorCode: string | null;
}

export interface ComposerDraft {
  patientId: string;
  /** The id the post will have: its files are kept under it. */
  postId: string;
  category: PostCategory;
  body: string;
  isPrivate: boolean;
  recipients: string[];
  updatedAt: number;
}

/** A record the server would not take (see PushResponse.refused): kept, shown, until the user discards it. */
export interface PushRefusal {
  /** `<collection>:<id>` */
  key: string;
  collection: SyncCollection;
  id: string;
  reason: PushRefusalReason;
  at: number;
  /**
   * What the user wrote, as it was pushed: kept here because a refused change to a record the
   * server holds is replaced on the device by the server's copy. Absent in refusals kept before.
   */
  written?: { patientId: string; body: string; retractReason: string | null };
}

export const refusalKey = (collection: SyncCollection, id: string) => `${collection}:${id}`;

/** A synced photo's thumbnail kept for viewing offline (encrypted like everything here). */
export interface KeptThumbnail {
  /** The attachment's id. */
  id: string;
  bytes: ArrayBuffer;
  mime: string;
  storedAt: number;
}

/** Thumbnails kept at most; the oldest go first. */
export const keptThumbnailLimit = 1000;

/** The start of every name of a user's outbox (each generation adds its suffix). */
export const outboxNamePrefix = 'renraku-outbox-';

/** Keeps a synced photo's thumbnail, then lets the oldest go beyond the limit. */
export async function keepThumbnail(outbox: OutboxDatabase, thumb: KeptThumbnail): Promise<void> {
  await outbox.thumbs.put(thumb);
  const excess = (await outbox.thumbs.count()) - keptThumbnailLimit;
  if (excess > 0) await outbox.thumbs.bulkDelete(await outbox.thumbs.orderBy('storedAt').limit(excess).primaryKeys());
}

/**
 * The files waiting or refused (not drafts), oldest first. Two indexed reads rather than `anyOf`,
 * which Dexie runs as a cursor: the sealed outbox opens values only for reads by key or query.
 */
export async function unsentFiles(outbox: OutboxDatabase): Promise<OutboxFile[]> {
  const [waiting, failed] = await Promise.all([
    outbox.files.where('state').equals('waiting').toArray(),
    outbox.files.where('state').equals('failed').toArray(),
  ]);
  return [...waiting, ...failed].sort((a, b) => a.createdAt - b.createdAt);
}

/** How many files wait or were refused (see unsentFiles). */
export async function countUnsentFiles(outbox: OutboxDatabase): Promise<number> {
  const [waiting, failed] = await Promise.all([
    outbox.files.where('state').equals('waiting').count(),
    outbox.files.where('state').equals('failed').count(),
  ]);
  return waiting + failed;
}
