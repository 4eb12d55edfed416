/**
 * Tells live streams that data changed, after the change is committed. One process, so an
 * in-memory emitter suffices; each device then pulls what it may see.
 */
import 'server-only';
import { EventEmitter } from 'node:events';

export interface ChangeNotice {
  seq: number;
  patientIds: string[];
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

/** The notices as an async stream, until `signal` aborts (a live-stream subscription). */
export async function* changeNotices(signal: AbortSignal | undefined): AsyncGenerator<ChangeNotice> {
  const pending: ChangeNotice[] = [];
  let wake: (() => void) | null = null;
  const stop = subscribeChanges((notice) => {
    pending.push(notice);
    wake?.();
  });
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  try {
    while (!signal?.aborted) {
      const next = pending.shift();
      if (next) {
        yield next;
        continue;
      }
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
      wake = null;
    }
  } finally {
    stop();
  }
}
