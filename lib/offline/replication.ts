/**
 * Replicates the device's collections with the server by RxDB's protocol: pull by checkpoint,
 * push with assumed master states, and a live stream that tells every collection to pull.
 * It runs whenever the app does and needs no user action; `syncNow` is for peace of mind.
 */
import 'client-only';
import { filter, map, Subject } from 'rxjs';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import type { PushResponse } from '@/lib/sync/push';
import { isPushCollection, syncCollections, syncProtocolVersion, type SyncCollection } from '@/lib/sync/protocol';
import type { RenrakuDatabase } from './collections';
import { noteFill } from './fill-state';
import { fillEmptyCollection } from './first-fill';
import { replicationIdentifier } from './pull-meta';
import { readAheadPull } from './read-ahead-pull';
import type { SyncTransport } from './transport';

export interface ReplicationHandle {
  states: Record<SyncCollection, RxReplicationState<unknown, SyncCheckpoint>>;
  /** Starts replicating (once; later calls do nothing): nothing is pulled or pushed before. */
  start(): void;
  /** Pull and push everything now; resolves when all collections are in sync. */
  syncNow(): Promise<void>;
  errors$: Subject<unknown>;
  stop(): Promise<void>;
}

/** Large pulls: a first sync of a nurse's caseload is tens of thousands of documents. */
const defaultPullBatchSize = 1000;
/** The server takes at most 500 rows a push (lib/sync/push.ts). */
const pushBatchSize = 500;

/** A document the server did not take, with why and what this device had pushed. */
export type RefusedDocument = NonNullable<PushResponse<unknown>['refused']>[number] & { pushed: Record<string, unknown> };

export interface ReplicationOptions {
  retryTimeMs?: number;
  /** The server would not take these documents; each comes with what the device pushed. */
  onRefused?: (collection: SyncCollection, refused: RefusedDocument[]) => void;
  /** Wait for `start()` (or `syncNow()`) instead of starting at once. */
  deferStart?: boolean;
  /** Documents a pull asks for (tests ask for a few, to see a sync of many batches). */
  pullBatchSize?: number;
  /** How often a first fill stores its checkpoint (./first-fill.ts; tests: after every batch). */
  firstFillProgressEveryMs?: number;
}

export function startReplication(db: RenrakuDatabase, transport: SyncTransport, options: ReplicationOptions = {}): ReplicationHandle {
  /** The server's notices: the collections that changed, or null for all. */
  const resync$ = new Subject<readonly SyncCollection[] | null>();
  const errors$ = new Subject<unknown>();
  // RxDB reports a handler's error flattened to plain JSON, which loses what the transport said
  // (a refused session, an outdated client): pass the transport's own error on as well.
  const reported = <T>(call: Promise<T>): Promise<T> =>
    call.catch((error: unknown) => {
      errors$.next(error);
      throw error;
    });
  let states: Partial<ReplicationHandle['states']> = {};
  /** Each collection's first step at the start: fill it if it is empty (./first-fill.ts), then start RxDB's replication. */
  const starts: Array<() => Promise<void>> = [];
  let stopped = false;
  /** The first fills' writes under way. */
  const fillWrites = new Set<Promise<unknown>>();
  const batchSize = options.pullBatchSize ?? defaultPullBatchSize;
  states = Object.fromEntries(
    syncCollections
      .filter((collection) => collection in db.collections)
      .map((collection) => {
        const pullBatch = readAheadPull(async (checkpoint, size) => {
          const result = await reported(transport.pull({ protocolVersion: syncProtocolVersion, collection, checkpoint, batchSize: size }));
          return { documents: result.documents, checkpoint: result.checkpoint ?? checkpoint };
        });
        const state = replicateRxCollection<Record<string, unknown>, SyncCheckpoint>({
          replicationIdentifier: replicationIdentifier(collection),
          collection: db[collection] as never,
          live: true,
          retryTime: options.retryTimeMs ?? 5_000,
          waitForLeadership: false,
          autoStart: false,
          pull: {
            batchSize,
            handler: async (checkpoint, size) => {
              const batch = await pullBatch(checkpoint ?? null, size);
              return { documents: batch.documents as never, checkpoint: batch.checkpoint ?? undefined };
            },
            // Only the collections a notice names pull (and walk their writes again): a post pushed
            // by one device made every other one pull all eight collections.
            stream$: resync$.pipe(
              filter((changed) => changed === null || changed.includes(collection)),
              map(() => 'RESYNC' as const),
            ),
          },
          push: isPushCollection(collection)
            ? {
                // Also the step in which RxDB, at every start, walks the documents written since its last
                // push checkpoint — after a first sync, all of them: small steps kept it busy for seconds.
                batchSize: pushBatchSize,
                handler: async (rows) => {
                  // A comment or receipt needs its post on the server first; the collections
                  // replicate independently, so wait until the posts are through.
                  if (collection !== 'posts') await states.posts?.awaitInSync();
                  const result = await reported(
                    transport.push({
                      protocolVersion: syncProtocolVersion,
                      collection,
                      rows: rows.map((row) => ({
                        newDocumentState: row.newDocumentState,
                        assumedMasterState: row.assumedMasterState ?? null,
                      })),
                    }),
                  );
                  // A discarded document's deletion is refused like the document was: nothing to report.
                  const discarded = new Set(
                    rows.filter((row) => row.newDocumentState._deleted).map((row) => String(row.newDocumentState.id)),
                  );
                  const pushed = new Map(
                    rows.map((row) => [String(row.newDocumentState.id), row.newDocumentState as Record<string, unknown>]),
                  );
                  const refused = (result.refused ?? [])
                    .filter((refusal) => !discarded.has(refusal.id))
                    .map((refusal) => ({ ...refusal, pushed: pushed.get(refusal.id) ?? {} }));
                  if (refused.length > 0) options.onRefused?.(collection, refused);
                  return result.conflicts as never;
                },
              }
            : undefined,
        });
        state.error$.subscribe((error) => errors$.next(error));
        starts.push(async () => {
          // The fill stores its checkpoint as RxDB's own: RxDB's pull goes on from there.
          // Noted at once (./fill-state.ts): the queries over a whole collection wait from here.
          const attempt = fillEmptyCollection(db[collection] as never, pullBatch as never, {
            batchSize,
            stopped: () => stopped,
            writing: (write) => {
              fillWrites.add(write);
              void write.finally(() => fillWrites.delete(write));
            },
            replicationMeta: state.metaInfoPromise as never,
            progressEveryMs: options.firstFillProgressEveryMs,
          }).catch(() => null);
          noteFill(db, collection, attempt);
          await attempt;
          await state.start();
        });
        return [collection, state];
      }),
  ) as ReplicationHandle['states'];
  const all = states as ReplicationHandle['states'];

  let stopStream: (() => void) | null = null;
  const start = () => {
    if (stopStream) return;
    stopStream = transport.subscribe(
      (changed) => resync$.next(changed),
      (error) => errors$.next(error),
    );
    // Errors of a start are reported on each state's error$.
    for (const run of starts) void run().catch(() => undefined);
  };

  if (!options.deferStart) start();
  return {
    states: all,
    errors$,
    start,
    async syncNow() {
      start();
      for (const state of Object.values(all)) state.reSync();
      await Promise.all(Object.values(all).map((state) => state.awaitInSync()));
    },
    async stop() {
      stopped = true;
      stopStream?.();
      stopStream = () => undefined;
      // A fill under way writes nothing more once its write under way ends; a state not started yet then stays so.
      await Promise.all(Object.values(all).map((state) => state.cancel()));
      await Promise.all(fillWrites);
    },
  };
}
