/**
 * The tRPC API over HTTP, through the real fetch handler: the process-wide database (in the run's
 * tmp data dir), headers for the Origin check and client IP, and errors as they reach the browser.
 */
import { describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { clientIpHeader } from '@/server/http/request-meta';
import { handleTrpcRequest, trpcEndpoint } from '@/server/http/trpc-handler';
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
