/** Which first fills are writing (lib/offline/fill-state.ts), for the whole-collection queries that wait for them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFilling, noteFill, whenFilled } from '@/lib/offline/fill-state';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('first fills under way', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for nothing on a database where nothing is filled', async () => {
    vi.useFakeTimers();
    const db = {};
    expect(isFilling(db, ['posts'])).toBe(false);
    expect(await settled(whenFilled(db, ['posts']))).toBe(true);
  });

  it('waits for every fill asked about, of that database only, and forgets a fill once ended', async () => {
    vi.useFakeTimers();
    const db = {};
    const other = {};
    const posts = deferred();
    const comments = deferred();
    noteFill(db, 'posts', posts.promise);
    noteFill(db, 'comments', comments.promise);
    expect(isFilling(db, ['posts'])).toBe(true);
    expect(isFilling(db, ['forms'])).toBe(false);
    expect(isFilling(other, ['posts'])).toBe(false);

    const both = whenFilled(db, ['posts', 'comments']);
    posts.resolve();
    expect(await settled(both)).toBe(false);
    expect(isFilling(db, ['posts'])).toBe(false);
    comments.resolve();
    expect(await settled(both)).toBe(true);
    expect(isFilling(db, ['posts', 'comments'])).toBe(false);
  });

  it('holds no screen back for good: a fill that never ends is waited for at most the time given', async () => {
    vi.useFakeTimers();
    const db = {};
    noteFill(db, 'posts', new Promise<void>(() => {}));
    const waiting = whenFilled(db, ['posts'], 60_000);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(await settled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe(true);
  });
});
