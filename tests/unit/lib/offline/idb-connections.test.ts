/**
 * The page-leaving guard WebKit needs (lib/offline/idb-connections.ts): on `pagehide` unfinished
 * work is aborted and connections closed, so the next page can open the database; afterwards this
 * page opens nothing; an open that never answers is reported.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const realIndexedDb = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
const fake = new IDBFactory();
let tracked: IDBFactory;
let onStuckOpen: (listener: (name: string) => void) => () => void;
const page = new EventTarget();

beforeAll(async () => {
  // The module keeps page-wide state (it is left once per page): this file gets its own copy, and
  // leaves none behind for the next file in the same worker.
  vi.resetModules();
  Object.assign(globalThis, { window: Object.assign(page, { location: { reload: vi.fn() } }), indexedDB: fake });
  ({ trackedIndexedDb: tracked, onStuckOpen } = await import('@/lib/offline/idb-connections').then((module) => ({
    trackedIndexedDb: module.trackedIndexedDb(),
    onStuckOpen: module.onStuckOpen,
  })));
});
afterAll(() => {
  vi.resetModules();
  Object.assign(globalThis, { indexedDB: realIndexedDb, window: undefined });
});

const opened = (request: IDBOpenDBRequest) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

describe('the page-leaving guard', () => {
  it('reports an open that gets no answer at all', () => {
    vi.useFakeTimers();
    const silent = Object.assign(new EventTarget(), { readyState: 'pending' }) as unknown as IDBOpenDBRequest;
    const open = vi.spyOn(fake, 'open').mockReturnValueOnce(silent);
    const stuck: string[] = [];
    const stop = onStuckOpen((name) => stuck.push(name));
    tracked.open('held-by-a-suspended-page', 1);
    vi.advanceTimersByTime(5_000);
    expect(stuck).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(stuck).toEqual(['held-by-a-suspended-page']);
    stop();
    open.mockRestore();
    vi.useRealTimers();
  });

  it('aborts a creation under way and a transaction not finished, so the next page opens the database afresh', async () => {
    const db = await opened(
      Object.assign(tracked.open('notes', 1), {
        onupgradeneeded: (event: Event) => (event.target as IDBOpenDBRequest).result.createObjectStore('notes'),
      }),
    );
    const transaction = db.transaction('notes', 'readwrite');
    transaction.objectStore('notes').put('unfinished', 'key');
    // Kept busy, as a page suspended mid-write leaves it: it never completes by itself.
    const keepBusy = () => {
      if (transaction.error === null) transaction.objectStore('notes').get('key').onsuccess = keepBusy;
    };
    keepBusy();
    const aborted = new Promise<string>((resolve) => {
      transaction.addEventListener('abort', () => resolve('aborted'));
      transaction.addEventListener('complete', () => resolve('completed'));
    });

    // A second database is being created as the page goes.
    const creating = tracked.open('drafts', 1);
    const creationEnded = new Promise<string>((resolve) => {
      creating.onupgradeneeded = () => {
        creating.result.createObjectStore('drafts');
        page.dispatchEvent(new Event('pagehide'));
      };
      creating.onsuccess = () => resolve('created');
      creating.onerror = () => resolve('aborted');
    });
    expect(await aborted).toBe('aborted');
    expect(await creationEnded).toBe('aborted');

    // The next page (another factory user) opens both at once; the creation starts again from nothing.
    const next = await opened(fake.open('notes'));
    const read = await new Promise((resolve) => {
      const request = next.transaction('notes').objectStore('notes').get('key');
      request.onsuccess = () => resolve(request.result);
    });
    expect(read).toBeUndefined();
    next.close();
    const drafts = await new Promise<number>((resolve) => {
      const request = fake.open('drafts');
      request.onupgradeneeded = () => resolve(request.result.version);
      request.onsuccess = () => resolve(-1);
    });
    expect(drafts).toBe(1);
  });

  it('opens nothing more once the page is being left', () => {
    expect(() => tracked.open('after-pagehide', 1)).toThrow(/being left/);
  });
});
