/**
 * Everything a signed-in device needs, opened once per app start: the user's database, the outbox
 * of files and drafts, the replication, the file sender, and the triggers that keep them in sync by
 * themselves — at start, on reconnect, when the app becomes visible, every minute (iOS has no
 * Background Sync) and on every notice of the live stream. One object, closed once.
 */
import 'client-only';
import { BehaviorSubject, type Observable } from 'rxjs';
import type { RxStorage } from 'rxdb';
import type { SyncCollection } from '@/lib/sync/protocol';
import type { RenrakuDatabase } from './collections';
import { requestPersistentStorage } from './browser-storage';
import { defaultStorage, openRenrakuDatabase } from './database';
import { encryptedRxStorage } from './encryption/encrypted-rx-storage';
import { nameSafe, startNextGeneration } from './device-generation';
import { onStuckOpen } from './idb-connections';
import { dropRefusedReceipts, recordRefusals } from './mutators';
import { openOutbox, type OutboxDatabase } from './outbox';
import { createOutboxSender, type OutboxSender, type UploadTransport } from './outbox-sender';
import { startReplication, type ReplicationHandle } from './replication';
import type { SyncTransport } from './transport';

export interface SyncStatus {
  syncing: boolean;
  /** When everything last came back in sync with the server (this app start). */
  lastSyncedAt: Date | null;
}

export interface DeviceSession {
  userId: string;
  db: RenrakuDatabase;
  outbox: OutboxDatabase;
  replication: ReplicationHandle;
  sender: OutboxSender;
  status$: BehaviorSubject<SyncStatus>;
  /** What the transport said when a pull or push failed (a refused session, an outdated client…). */
  errors$: Observable<unknown>;
  /** Pulls and pushes everything and sends the outbox's files, ignoring any backoff. */
  syncNow(): Promise<void>;
  close(): Promise<void>;
}

/** A database of this device that WebKit will not open again until the browser restarts. */
export type StuckOutcome = 'rebuilding' | 'needsRestart';

export interface DeviceSessionOptions {
  userId: string;
  /** The user's data key on this device (./encryption/key-ring.ts): everything stored is sealed with it. */
  key: CryptoKey;
  transport: SyncTransport;
  uploads: UploadTransport;
  /** RxDB storage (tests use fake-indexeddb); the browser's IndexedDB by default. */
  storage?: RxStorage<unknown, unknown>;
  /** Called when a database of this user cannot be opened (see device-generation.ts). */
  onStuck?: (outcome: StuckOutcome) => void;
  /** Whether to run the automatic triggers (tests drive `syncNow` themselves). */
  autoSync?: boolean;
  /**
   * The sync starts when this resolves (the app's first screen has painted), or `startWaitMs`
   * after the database opened, or at the first `syncNow`, whichever comes first; at once without it,
   * and at once on a device that holds no patient yet (`whenSyncMayStart`).
   */
  startAfter?: Promise<unknown>;
}

const periodicSyncMs = 60_000;
/** The longest the sync waits for the first screen (see `startAfter`). */
const startWaitMs = 1_500;
/** A connection lost mid-sync leaves the replication waiting to retry: `syncNow` stops waiting then. */
const syncWaitMs = 30_000;

/**
 * When a deferred sync starts: once the first screen has painted (`startAfter`), at most
 * `waitMs` after the database opened — and at once on a device that holds no patient yet. There,
 * no screen has anything of the device's to read or paint (a first sign-in: the patient list waits
 * for the sync), so holding the first pulls back only made the first sync that much longer
 * (1.5 s of 13 s for 20,000 posts).
 */
export function whenSyncMayStart(db: RenrakuDatabase, startAfter: Promise<unknown>, waitMs = startWaitMs): Promise<void> {
  const nothingToShow = new Promise<void>((resolve) => {
    void db.patients
      .count()
      .exec()
      .then(
        (count) => {
          if (count === 0) resolve();
        },
        () => undefined,
      );
  });
  return Promise.race([startAfter, new Promise((resolve) => setTimeout(resolve, waitMs)), nothingToShow]).then(() => undefined);
}

export async function openDeviceSession(options: DeviceSessionOptions): Promise<DeviceSession> {
  const { userId } = options;
  const stopWatching = onStuckOpen((name) => {
    if (!name.includes(nameSafe(userId))) return;
    options.onStuck?.(startNextGeneration(userId) ? 'rebuilding' : 'needsRestart');
  });
  let db: RenrakuDatabase;
  try {
    db = await openRenrakuDatabase(userId, encryptedRxStorage(options.storage ?? defaultStorage(), options.key));
  } catch (error) {
    stopWatching();
    throw error;
  }
  const outbox = openOutbox(userId, options.key);
  const replication = startReplication(db, options.transport, {
    deferStart: options.startAfter !== undefined,
    onRefused: (collection: SyncCollection, refused) => {
      // A read mark the server will not take (the team was left) holds nothing of the user's.
      if (collection === 'receipts') void dropRefusedReceipts(db, refused).catch(() => undefined);
      else void recordRefusals(outbox, collection, refused).catch(() => undefined);
    },
  });
  // RxDB's start-up walk and the first pulls would queue in IndexedDB in front of the first screen's reads.
  const started = options.startAfter ? whenSyncMayStart(db, options.startAfter).then(() => replication.start()) : Promise.resolve();
  const sender = createOutboxSender(db, outbox, options.uploads);
  const status$ = new BehaviorSubject<SyncStatus>({ syncing: false, lastSyncedAt: null });
  void requestPersistentStorage().catch(() => false);

  async function syncNow(): Promise<void> {
    status$.next({ ...status$.value, syncing: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const giveUp = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('sync timed out')), syncWaitMs);
      });
      await Promise.race([replication.syncNow(), giveUp]);
      status$.next({ syncing: true, lastSyncedAt: new Date() });
      await sender.flush({ includeWaiting: true });
    } finally {
      clearTimeout(timer);
      status$.next({ ...status$.value, syncing: false });
    }
  }

  const stopTriggers = options.autoSync === false ? () => undefined : startTriggers(replication, sender, status$, syncNow, started);
  let closed: Promise<void> | null = null;
  return {
    userId,
    db,
    outbox,
    replication,
    sender,
    status$,
    errors$: replication.errors$,
    syncNow,
    close() {
      closed ??= (async () => {
        stopTriggers();
        stopWatching();
        await replication.stop().catch(() => undefined);
        await db.close().catch(() => undefined);
        outbox.close();
      })();
      return closed;
    },
  };
}

/** Syncs by itself; returns a function that stops every trigger. */
function startTriggers(
  replication: ReplicationHandle,
  sender: OutboxSender,
  status$: BehaviorSubject<SyncStatus>,
  syncNow: () => Promise<void>,
  started: Promise<void>,
): () => void {
  const run = () => {
    if (navigator.onLine) void syncNow().catch(() => undefined);
  };
  void started.then(run);
  const onVisible = () => document.visibilityState === 'visible' && run();
  window.addEventListener('online', run);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(run, periodicSyncMs);
  // What the live stream brings in counts as being in sync (once a first sync has happened).
  const received = Object.values(replication.states).map((state) =>
    state.received$.subscribe(() => {
      if (status$.value.lastSyncedAt) status$.next({ ...status$.value, lastSyncedAt: new Date() });
    }),
  );
  // A file waits for its post: send as soon as the posts are through.
  const postsThrough = replication.states.posts.active$.subscribe((active) => {
    if (!active && navigator.onLine) void sender.flush();
  });
  return () => {
    window.removeEventListener('online', run);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
    for (const subscription of [...received, postsThrough]) subscription.unsubscribe();
  };
}
