/**
 * The app's view of the server (app/_lib/server-reach.ts): the browser may say online with no way
 * through, so the app's last request decides. An answer of the server's, a refusal too, reaches it;
 * a request nothing answered, or a proxy's page, does not; one the app called off tells nothing.
 * While a screen shows the state and the server is out of reach, GET /api/health is asked now and
 * then, and the browser's coming back online forgets the failure.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpPull } from '@/app/_lib/offline/http-pull';
import { fetchNotingReach, serverUnreached, subscribeServerReach } from '@/app/_lib/server-reach';
import type { PullRequest } from '@/lib/sync/pull';

const request: PullRequest = { protocolVersion: 1, collection: 'posts', checkpoint: null, batchSize: 100 };
const noAnswer = () => Promise.reject(new TypeError('Failed to fetch'));
const answer = () => Response.json({ documents: [], checkpoint: null });

function answering(response: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function pull(): Promise<void> {
  await httpPull(request).catch(() => undefined);
}

beforeEach(() => {
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine: true });
});

afterEach(async () => {
  answering(answer);
  await pull();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('server reach', () => {
  it('counts a pull nothing answered as the server out of reach, until the next answer', async () => {
    expect(serverUnreached()).toBe(false);
    answering(noAnswer);
    await pull();
    expect(serverUnreached()).toBe(true);
    answering(answer);
    await pull();
    expect(serverUnreached()).toBe(false);
  });

  it('counts a proxy’s page as out of reach, and the server’s own refusal as reached', async () => {
    answering(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await pull();
    expect(serverUnreached()).toBe(true);
    answering(() => Response.json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 }));
    await pull();
    expect(serverUnreached()).toBe(false);
  });

  it('passes the outcome on unchanged, and a request called off tells nothing', async () => {
    answering(noAnswer);
    await pull();
    const aborted = new DOMException('The operation was aborted.', 'AbortError');
    answering(() => Promise.reject(aborted));
    await expect(fetchNotingReach('/api/trpc/auth.me')).rejects.toBe(aborted);
    expect(serverUnreached()).toBe(true);
    answering(() => Response.json({ result: {} }, { status: 200 }));
    await expect(fetchNotingReach('/api/trpc/auth.me').then((response) => response.status)).resolves.toBe(200);
    expect(serverUnreached()).toBe(false);
  });

  it('asks /api/health every 5 s while a screen shows the state and the server is out of reach, and stops once it answers', async () => {
    vi.useFakeTimers();
    const changes = vi.fn();
    const unsubscribe = subscribeServerReach(changes);
    try {
      const fetch = answering(noAnswer);
      await pull();
      expect(changes).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
        '/api/sync/pull?' + new URLSearchParams({ protocolVersion: '1', collection: 'posts', batchSize: '100' }),
        '/api/health',
      ]);
      expect(serverUnreached()).toBe(true);
      fetch.mockImplementation(async () => Response.json({ status: 'ok' }));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(serverUnreached()).toBe(false);
      expect(changes).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(fetch).toHaveBeenCalledTimes(3);
    } finally {
      unsubscribe();
    }
  });

  it('forgets the failure when the browser comes back online, and probes nothing while no screen shows the state', async () => {
    vi.useFakeTimers();
    const unsubscribe = subscribeServerReach(() => undefined);
    const fetch = answering(noAnswer);
    await pull();
    window.dispatchEvent(new Event('online'));
    expect(serverUnreached()).toBe(false);
    unsubscribe();
    await pull();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
