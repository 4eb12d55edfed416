/**
 * Sends the outbox's files, oldest first, once each file's post is on the server. A file leaves
 * the outbox only after the server has answered with its record (which goes straight into the
 * device's database, so the photo never disappears from the post). Failures that may pass
 * (no network, server busy, post not there yet) retry with backoff; refusals (wrong type, too
 * large) wait for the user.
 */
import 'client-only';
import { BehaviorSubject } from 'rxjs';
import type { AppErrorCode } from '@/lib/errors/app-error';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import type { RenrakuDatabase } from './collections';
import { isPendingSync } from './mutators';
import type { OutboxDatabase } from './outbox';
import type { OutboxFile } from './outbox-records';

export class UploadFailure extends Error {
  constructor(readonly code: AppErrorCode | 'NETWORK') {
    super(code);
    this.name = 'UploadFailure';
  }
}

export interface UploadTransport {
  /** Resolves with the server's record; rejects with an UploadFailure. `onProgress` gets 0–1. */
  upload(file: OutboxFile, onProgress: (fraction: number) => void): Promise<AttachmentDoc>;
}

/** Refusals that will not change by trying again; the user sees them and decides. */
const refusals = new Set<string>([
  'UNSUPPORTED_TYPE',
  'TYPE_MISMATCH',
  'IMAGE_TOO_LARGE',
  'UNREADABLE_IMAGE',
  'HEIC_UNSUPPORTED',
  'FILE_TOO_LARGE',
  'QUOTA_EXCEEDED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
]);

export function isRefusal(code: string | null): boolean {
  return code !== null && refusals.has(code);
}

export function backoffMs(attempts: number): number {
  return Math.min(5 * 60_000, 2_000 * 2 ** Math.max(0, attempts - 1));
}

export interface OutboxSender {
  /** Sends what is due; concurrent calls share one run. */
  flush(options?: { includeWaiting?: boolean }): Promise<void>;
  /** Upload progress (0–1) of files being sent now, by id. */
  progress$: BehaviorSubject<ReadonlyMap<string, number>>;
  /** Tries a refused or waiting file again now. */
  retry(id: string): Promise<void>;
}

export function createOutboxSender(
  db: RenrakuDatabase,
  outbox: OutboxDatabase,
  transport: UploadTransport,
  now: () => number = Date.now,
): OutboxSender {
  const progress$ = new BehaviorSubject<ReadonlyMap<string, number>>(new Map());
  let running: Promise<void> | null = null;
  let again = false;

  const setProgress = (id: string, fraction: number | null) => {
    const next = new Map(progress$.value);
    if (fraction === null) next.delete(id);
    else next.set(id, fraction);
    progress$.next(next);
  };

  async function postIsOnServer(postId: string): Promise<boolean> {
    const post = await db.posts.findOne(postId).exec();
    return post !== null && !isPendingSync(post);
  }

  async function send(file: OutboxFile): Promise<void> {
    setProgress(file.id, 0);
    try {
      const record = await transport.upload(file, (fraction) => setProgress(file.id, fraction));
      await db.attachments.upsert(record);
      await outbox.files.delete(file.id);
    } catch (error) {
      const code = error instanceof UploadFailure ? error.code : 'NETWORK';
      const attempts = file.attempts + 1;
      await outbox.files.update(file.id, {
        state: isRefusal(code) ? 'failed' : 'waiting',
        attempts,
        errorCode: code,
        nextAttemptAt: now() + backoffMs(attempts),
      });
    } finally {
      setProgress(file.id, null);
    }
  }

  async function run(includeWaiting: boolean): Promise<void> {
    const due = (await outbox.files.where('state').equals('waiting').sortBy('createdAt')).filter(
      (file) => includeWaiting || file.nextAttemptAt <= now(),
    );
    for (const file of due) {
      if (!(await postIsOnServer(file.postId))) continue;
      await send(file);
    }
  }

  async function flush({ includeWaiting = false } = {}): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run(includeWaiting);
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    flush,
    progress$,
    async retry(id) {
      await outbox.files.update(id, { state: 'waiting', nextAttemptAt: 0 });
      await flush();
    },
  };
}
