/**
 * Tells live streams that data changed, after the change is committed. One process, so an
 * in-memory emitter suffices; each stream passes on only the notices about patients its user may
 * read (server/services/sync/stream-notices.ts), and the device then pulls what it may see.
 */
import 'server-only';
import { EventEmitter } from 'node:events';
import type { SyncCollection } from '@/lib/sync/protocol';

export interface ChangeNotice {
  seq: number;
  patientIds: string[];
  /** Users concerned who may no longer read these patients (one who left a team): they must pull the deletions. */
  userIds?: string[];
  /**
   * The only collections whose documents changed (a device's push: its own collection). Absent: any
   * of them may have (a team's membership decides what every collection holds), so a device pulls all.
   */
  collections?: SyncCollection[];
}

const globalForFeed = globalThis as unknown as { renrakuChangeFeed?: EventEmitter };
const feed = (globalForFeed.renrakuChangeFeed ??= new EventEmitter().setMaxListeners(0));

export function publishChange(notice: ChangeNotice): void {
  feed.emit('change', notice);
}

export function subscribeChanges(listener: (notice: ChangeNotice) => void): () => void {
  feed.on('change', listener);
  return () => feed.off('change', listener);
}
