/**
 * Runs inside a signed-in page of the app's origin (bundled at bench time by ./bundle-harness.ts,
 * never shipped): the app's own database, replication, tRPC transport, timeline window and post
 * mutator, once on RxDB's plain Dexie storage and once through the encrypted storage, so the
 * bench can compare the two (each kind in a page of its own device). The product itself has no way to turn encryption off.
 */
import type { RxStorage } from 'rxdb';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { deleteIndexedDbNamed } from '@/lib/offline/browser-storage';
import { defaultStorage, openRenrakuDatabase } from '@/lib/offline/database';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { writePost } from '@/lib/offline/mutators';
import { openOutbox } from '@/lib/offline/outbox';
import { outboxNamePrefix } from '@/lib/offline/outbox-records';
import { startReplication, type ReplicationHandle } from '@/lib/offline/replication';
import { syncCollections } from '@/lib/sync/protocol';
import { findTimelineWindow } from '@/app/(signed-in)/patient/_lib/timeline-window';
import { trpcTransport } from '@/app/_lib/offline/trpc-transport';
import { makeTrpcClient } from '@/app/_lib/trpc';
import type { EncryptionBench, StorageKind } from './harness-api';

/** Every database this harness creates is named from this prefix (and removed by `cleanUp`). */
const benchPrefix = 'bench';
/** The timeline screen's first window (app/(signed-in)/patient/_components/timeline.tsx). */
const timelinePageSize = 60;

const transport = trpcTransport(makeTrpcClient());
/** One fresh data key per encrypted database, as a device's key ring would hold: AES-256-GCM, not extractable. */
const keys = new Map<string, CryptoKey>();

async function keyOf(name: string): Promise<CryptoKey> {
  let key = keys.get(name);
  if (!key) {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    keys.set(name, key);
  }
  return key;
}

async function storageOf(kind: StorageKind, name: string): Promise<RxStorage<unknown, unknown>> {
  return kind === 'plain' ? defaultStorage() : encryptedRxStorage(defaultStorage(), await keyOf(name));
}

async function open(kind: StorageKind, name: string, only?: Array<'posts' | 'patients'>): Promise<RenrakuDatabase> {
  // multiInstance off: these databases live in this page only (the app's tabs share theirs).
  return openRenrakuDatabase(name, await storageOf(kind, name), { multiInstance: false, ...(only ? { only } : {}) });
}

async function inSync(replication: ReplicationHandle): Promise<void> {
  const states = Object.values(replication.states);
  await Promise.all(states.map((state) => state.awaitInitialReplication()));
  await Promise.all(states.map((state) => state.awaitInSync()));
}

const bench: EncryptionBench = {
  async warmUp() {
    // Every collection fetched once through the same transport, nothing stored: the server's
    // caches and the page's code are warm before the first measured sync, whichever kind it is.
    const start = performance.now();
    let documents = 0;
    for (const collection of syncCollections) {
      let checkpoint = null;
      for (;;) {
        const batch = await transport.pull({ protocolVersion: 1, collection, checkpoint, batchSize: 1000 });
        documents += batch.documents.length;
        if (batch.documents.length === 0 || !batch.checkpoint) break;
        checkpoint = batch.checkpoint;
      }
    }
    // And RxDB's and the replication's code run once on each kind of storage (the patients only: a few dozen).
    for (const kind of ['plain', 'encrypted'] as const) {
      const db = await open(kind, `${benchPrefix}-warmup-${kind}`, ['patients']);
      const replication = startReplication(db, transport);
      await inSync(replication);
      await replication.stop();
      await db.close();
    }
    return { ms: performance.now() - start, documents };
  },

  async initialSync(kind, name) {
    const start = performance.now();
    const db = await open(kind, name);
    const replication = startReplication(db, transport);
    await inSync(replication);
    const ms = performance.now() - start;
    await replication.stop();
    const posts = await db.posts.count().exec();
    await db.close();
    return { kind, name, ms, posts };
  },

  async timelineOpen(kind, name, patientId, replicating) {
    const start = performance.now();
    const db = await open(kind, name);
    // As the app starts (lib/offline/device-session.ts): the replication begins as the database opens.
    const replication = replicating ? startReplication(db, transport) : null;
    const opened = performance.now();
    const patient = await db.patients.findOne(patientId).exec();
    if (!patient) throw new Error(`patient ${patientId} is not in ${name}`);
    const found = performance.now();
    const window = await findTimelineWindow(db, patientId, timelinePageSize, null);
    const windowed = performance.now();
    const posts = await db.posts
      .find({ selector: { patientId, clientCreatedAt: { $gte: window.since } }, sort: [{ clientCreatedAt: 'asc' }] })
      .exec();
    // What the first articles show: every post's text read once (already opened by the storage).
    const characters = posts.reduce((sum, post) => sum + post.body.length, 0);
    const end = performance.now();
    if (replication) {
      await inSync(replication);
      await replication.stop();
    }
    await db.close();
    return {
      kind,
      name,
      replicating,
      openMs: opened - start,
      patientMs: found - opened,
      windowMs: windowed - found,
      postsMs: end - windowed,
      totalMs: end - start,
      posts: posts.length,
      characters,
    };
  },

  async propagation(kind, sender, receiver, { userId, patientId, count, timeoutMs }) {
    const [from, to] = await Promise.all([open(kind, sender, ['posts']), open(kind, receiver, ['posts'])]);
    const outbox = openOutbox(sender, await keyOf(`${sender}-outbox`));
    const replications = [startReplication(from, transport), startReplication(to, transport)];
    try {
      await Promise.all(replications.map(inSync));
      const writer = { db: from, outbox, userId };
      const run = Math.random().toString(36).slice(2, 8);
      const latencies: number[] = [];
      // One post first, not counted: the first of a kind pays for opening the query paths.
      for (let index = 0; index <= count; index += 1) {
        const id = crypto.randomUUID();
        const seen = new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`post ${index} not in ${receiver} within ${timeoutMs} ms`)), timeoutMs);
          const subscription = to.posts.findOne(id).$.subscribe((doc) => {
            if (!doc) return;
            clearTimeout(timer);
            resolve(performance.now());
            queueMicrotask(() => subscription.unsubscribe());
          });
        });
        const writtenAt = performance.now();
        await writePost(writer, { id, patientId, category: 'message', body: `bench-encryption-${kind}-${run}-${index}`, recipientIds: [] });
        const seenAt = await seen;
        if (index > 0) latencies.push(seenAt - writtenAt);
      }
      return { kind, latencies };
    } finally {
      await Promise.all(replications.map((replication) => replication.stop()));
      outbox.close();
      await Promise.all([from.close(), to.close()]);
    }
  },

  async cleanUp() {
    await deleteIndexedDbNamed([`rxdb-dexie-renraku-${benchPrefix}`, `renraku-${benchPrefix}`, `${outboxNamePrefix}${benchPrefix}`]);
  },
};

(window as unknown as { renrakuEncryptionBench: EncryptionBench }).renrakuEncryptionBench = bench;
