import { describe, expect, it } from 'vitest';
import { readAheadPull, type PulledBatch } from '@/lib/offline/read-ahead-pull';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';

/** A server log of `total` documents, answering by checkpoint; records every request. */
function fakeServer(total: number) {
  const requests: Array<number | null> = [];
  const failing = new Set<number>();
  const fetchBatch = async (checkpoint: SyncCheckpoint | null, size: number): Promise<PulledBatch<number>> => {
    requests.push(checkpoint?.seq ?? null);
    const index = requests.length;
    await Promise.resolve();
    if (failing.has(index)) throw new Error('connection lost');
    const from = checkpoint?.seq ?? 0;
    const documents = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => from + i + 1);
    const last = documents.at(-1);
    return { documents, checkpoint: last === undefined ? checkpoint : { seq: last, id: String(last) } };
  };
  return { fetchBatch, requests, failRequest: (n: number) => failing.add(n) };
}

describe('readAheadPull', () => {
  it('asks for the next batch as soon as a full one arrives, and answers the next request with it', async () => {
    const server = fakeServer(25);
    const pull = readAheadPull(server.fetchBatch);
    const first = await pull(null, 10);
    expect(first.documents).toHaveLength(10);
    expect(server.requests).toEqual([null, 10]);
    const second = await pull(first.checkpoint, 10);
    expect(second.documents[0]).toBe(11);
    expect(server.requests).toEqual([null, 10, 20]);
    const third = await pull(second.checkpoint, 10);
    expect(third.documents).toEqual([21, 22, 23, 24, 25]);
    // A short batch means the end: nothing more is read ahead.
    expect(server.requests).toEqual([null, 10, 20]);
  });

  it('does not use a batch read ahead for another checkpoint', async () => {
    const server = fakeServer(30);
    const pull = readAheadPull(server.fetchBatch);
    await pull(null, 10);
    const other = await pull({ seq: 5, id: '5' }, 10);
    expect(other.documents[0]).toBe(6);
    expect(server.requests).toEqual([null, 10, 5, 15]);
  });

  it('asks again when the read-ahead failed, instead of passing its error on', async () => {
    const server = fakeServer(30);
    server.failRequest(2);
    const pull = readAheadPull(server.fetchBatch);
    const first = await pull(null, 10);
    const second = await pull(first.checkpoint, 10);
    expect(second.documents[0]).toBe(11);
    expect(server.requests.slice(0, 3)).toEqual([null, 10, 10]);
  });

  it('drops a read-ahead that has grown stale', async () => {
    const server = fakeServer(30);
    let clock = 0;
    const pull = readAheadPull(server.fetchBatch, () => clock);
    const first = await pull(null, 10);
    clock += 60_000;
    await pull(first.checkpoint, 10);
    expect(server.requests).toEqual([null, 10, 10, 20]);
  });
});
