/**
 * The app's pull over GET /api/sync/pull: the request as the route's query string, the answer as
 * the replication takes it, and every failure read by the app's one error reader as the tRPC
 * client's were (a refusal with its code and details; no answer of ours as a network failure).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { httpPull } from '@/app/_lib/offline/http-pull';
import { replicationErrorCode } from '@/app/_lib/offline/error-code';
import type { PullRequest } from '@/lib/sync/pull';

const request: PullRequest = { protocolVersion: 1, collection: 'posts', checkpoint: { seq: 42, id: 'p-1' }, batchSize: 1000 };

function answering(response: () => Response | Promise<Response>) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('httpPull', () => {
  it('asks the route with the request in its query string and returns its answer', async () => {
    const answer = { documents: [{ id: 'p-2', updatedAt: 43, _deleted: false }], checkpoint: { seq: 43, id: 'p-2' } };
    const fetch = answering(() => Response.json(answer));
    expect(await httpPull(request)).toEqual(answer);
    const [url, init] = fetch.mock.calls[0] ?? [];
    const asked = new URL(String(url), 'http://localhost');
    expect(asked.pathname).toBe('/api/sync/pull');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      protocolVersion: '1',
      collection: 'posts',
      batchSize: '1000',
      seq: '42',
      id: 'p-1',
    });
    expect(init?.credentials).toBe('same-origin');
  });

  it('leaves the checkpoint out of the first pull', async () => {
    const fetch = answering(() => Response.json({ documents: [], checkpoint: null }));
    await httpPull({ ...request, checkpoint: null });
    const asked = new URL(String(fetch.mock.calls[0]?.[0]), 'http://localhost');
    expect(asked.searchParams.has('seq') || asked.searchParams.has('id')).toBe(false);
  });

  it('throws a refusal the app reads as its AppError, with the details', async () => {
    answering(() => Response.json({ error: { code: 'UNAUTHENTICATED', details: { reason: 'deviceRevoked' } } }, { status: 401 }));
    const refused = await httpPull(request).catch((error: unknown) => error);
    expect(clientErrorOf(refused)).toEqual({ code: 'UNAUTHENTICATED', details: { reason: 'deviceRevoked' } });
    // As the replication reports it: wrapped by RxDB, the code still found.
    expect(replicationErrorCode({ parameters: { errors: [refused] } })).toBe('UNAUTHENTICATED');

    answering(() =>
      Response.json({ error: { code: 'CLIENT_OUTDATED', details: { clientVersion: 1, serverVersion: 2 } } }, { status: 412 }),
    );
    expect(replicationErrorCode(await httpPull(request).catch((error: unknown) => error))).toBe('CLIENT_OUTDATED');
  });

  it('throws a network failure when the server never answered, or something else did', async () => {
    answering(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(clientErrorOf(await httpPull(request).catch((error: unknown) => error))).toEqual({ code: 'NETWORK' });
    answering(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(clientErrorOf(await httpPull(request).catch((error: unknown) => error))).toEqual({ code: 'NETWORK' });
  });
});
