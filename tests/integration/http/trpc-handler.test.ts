/**
 * The tRPC API over HTTP, through the real fetch handler: the process-wide database (in the run's
 * tmp data dir), headers for the Origin check and client IP, and errors as they reach the browser.
 */
import { describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { clientIpHeader } from '@/server/http/request-meta';
import { handleTrpcRequest, maxBatchCalls, maxProcedureBodyBytes, trpcEndpoint } from '@/server/http/trpc-handler';
import { seedWorld, testPassword } from '@/tests/support/seed';

// env's default base URL, since the tests set no RENRAKU_BASE_URL.
const origin = 'http://localhost:3000';
const loginId = 'http-nurse';
const seeded = seedWorld(getDb(), [{ loginId }]);

function post(procedure: string, input: unknown, headers: Record<string, string> = {}) {
  return handleTrpcRequest(
    new Request(`${origin}${trpcEndpoint}/${procedure}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, [clientIpHeader]: '192.0.2.80', ...headers },
      body: JSON.stringify({ json: input }),
    }),
  );
}

interface ErrorBody {
  error: { json: { message: string; data: { httpStatus: number; appError: { code: string; details: unknown }; stack?: unknown } } };
}

describe('handleTrpcRequest', () => {
  it('signs in, sets the cookie and is never cached; the cookie then works for GET queries', async () => {
    await seeded;
    const response = await post('auth.signIn', { loginId, password: testPassword });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('renraku_session='));
    expect(setCookie).toMatch(/HttpOnly/);

    const cookie = setCookie?.split(';')[0] ?? '';
    const me = await handleTrpcRequest(new Request(`${origin}${trpcEndpoint}/auth.me`, { headers: { cookie } }));
    expect(me.status).toBe(200);
    const body = (await me.json()) as { result: { data: { json: { user: { loginId: string } | null } } } };
    expect(body.result.data.json.user?.loginId).toBe(loginId);
  });

  it('shapes an error as its AppError code and HTTP status, without a stack', async () => {
    await seeded;
    const response = await post('auth.signIn', { loginId, password: 'Wrong-password-1!' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.json.message).toBe('INVALID_CREDENTIALS');
    expect(body.error.json.data).toMatchObject({ httpStatus: 401, appError: { code: 'INVALID_CREDENTIALS', details: null } });
    expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:/);
  });

  it('refuses a POST from a foreign or missing Origin with 403 ORIGIN_MISMATCH', async () => {
    for (const headers of [{ origin: 'https://evil.example' }, { origin: '' }]) {
      const response = await post('auth.signIn', { loginId, password: testPassword }, headers);
      expect(response.status).toBe(403);
      expect(((await response.json()) as ErrorBody).error.json.data.appError.code).toBe('ORIGIN_MISMATCH');
    }
  });

  it('answers invalid input as INVALID_INPUT', async () => {
    const response = await post('auth.signIn', { loginId: '', password: '' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.json.data.appError.code).toBe('INVALID_INPUT');
  });
});

describe('what one request may cost', () => {
  const me = (batch: number) =>
    handleTrpcRequest(
      new Request(`${origin}${trpcEndpoint}/${Array.from({ length: batch }, () => 'auth.me').join(',')}?batch=1`, {
        headers: { [clientIpHeader]: '192.0.2.81' },
      }),
    );

  it('answers a batch of up to ten calls, and refuses more with 400', async () => {
    expect((await me(maxBatchCalls)).status).toBe(200);
    const refused = await me(maxBatchCalls + 1);
    expect(refused.status).toBe(400);
  });

  it('refuses a body declared larger than 2 MB with 413, before reading any of it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const response = await handleTrpcRequest(
      new Request(`${origin}${trpcEndpoint}/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(128 * 1024 * 1024), origin },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('REQUEST_TOO_LARGE');
    // A ReadableStream pulls once to fill its queue when made; nothing more was asked of it.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a chunked body at 2 MB with 413', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const response = await handleTrpcRequest(
      new Request(`${origin}${trpcEndpoint}/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(maxProcedureBodyBytes + 256 * 1024);
  });

  it('still takes an ordinary body, sent whole or in chunks', async () => {
    await seeded;
    const text = JSON.stringify({ json: { loginId, password: testPassword } });
    const chunks = [text.slice(0, 10), text.slice(10)].map((part) => new TextEncoder().encode(part));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const response = await handleTrpcRequest(
      new Request(`${origin}${trpcEndpoint}/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, [clientIpHeader]: '192.0.2.82' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(200);
  });

  it('lets a signed-in device push more than 2 MB, and nobody else', async () => {
    await seeded;
    const signIn = await post('auth.signIn', { loginId, password: testPassword }, { [clientIpHeader]: '192.0.2.83' });
    const cookie =
      signIn.headers
        .getSetCookie()
        .find((line) => line.startsWith('renraku_session='))
        ?.split(';')[0] ?? '';
    const rows = Array.from({ length: 400 }, () => ({ newDocumentState: { body: 'あ'.repeat(3000) }, assumedMasterState: null }));
    const bytes = JSON.stringify({ json: { protocolVersion: 1, collection: 'posts', rows } });
    expect(bytes.length).toBeGreaterThan(maxProcedureBodyBytes / 3);
    const push = (headers: Record<string, string>) =>
      handleTrpcRequest(
        new Request(`${origin}${trpcEndpoint}/sync.push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, ...headers },
          body: bytes,
        }),
      );
    expect(new TextEncoder().encode(bytes).byteLength).toBeGreaterThan(maxProcedureBodyBytes);
    expect((await push({})).status).toBe(413);
    expect((await push({ cookie: 'renraku_session=forged.token' })).status).toBe(413);
    expect((await push({ cookie })).status).toBe(200);
  });
});
