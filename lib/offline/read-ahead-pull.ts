/**
 * A pull handler that asks for the next batch while RxDB is still writing the current one. A
 * first sync is tens of thousands of documents in full batches; without reading ahead, the
 * device waits for the server and the server for the device, batch after batch.
 */
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';

export interface PulledBatch<Doc> {
  documents: Doc[];
  checkpoint: SyncCheckpoint | null;
}

type FetchBatch<Doc> = (checkpoint: SyncCheckpoint | null, batchSize: number) => Promise<PulledBatch<Doc>>;

/** A batch read ahead is used only for the very next request, and only while fresh. */
const freshForMs = 10_000;

function keyOf(checkpoint: SyncCheckpoint | null, batchSize: number): string {
  return JSON.stringify([checkpoint?.seq ?? null, checkpoint?.id ?? null, batchSize]);
}

export function readAheadPull<Doc>(fetchBatch: FetchBatch<Doc>, now: () => number = Date.now): FetchBatch<Doc> {
  let ahead: { key: string; at: number; batch: Promise<PulledBatch<Doc>> } | null = null;
  return async (checkpoint, batchSize) => {
    const key = keyOf(checkpoint, batchSize);
    const ready = ahead && ahead.key === key && now() - ahead.at < freshForMs ? ahead.batch : null;
    ahead = null;
    // A read-ahead that failed is asked again: its error belongs to no request yet.
    const batch = await (ready ? ready.catch(() => fetchBatch(checkpoint, batchSize)) : fetchBatch(checkpoint, batchSize));
    if (batch.documents.length >= batchSize && batch.checkpoint) {
      const next = fetchBatch(batch.checkpoint, batchSize);
      next.catch(() => undefined);
      ahead = { key: keyOf(batch.checkpoint, batchSize), at: now(), batch: next };
    }
    return batch;
  };
}
