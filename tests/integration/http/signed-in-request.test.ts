/**
 * The routes outside tRPC (files, the audit log's CSV) keep the gates procedures keep: someone who
 * must still replace an administrator-set password gets nothing else, as in the API.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { handleAuditCsv } from '@/server/http/audit-csv-handler';
import { handleDownload } from '@/server/http/file-handlers';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { signInCookie } from '@/tests/support/trpc-harness';

const origin = 'http://localhost:3000';
// The process-wide database is shared by this run's files: login IDs of this file alone.
const seeded = seedWorld(getDb(), [
  { loginId: 'gate-admin', role: 'facilityAdmin', mustChangePassword: true },
  { loginId: 'gate-nurse', mustChangePassword: true },
]);

async function errorCodeOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('a session whose password must be changed first', () => {
  it('gets no audit-log CSV', async () => {
    await seeded;
    const cookie = await signInCookie(getDb(), 'gate-admin', testPassword);
    const response = handleAuditCsv(new Request(`${origin}/api/audit/csv`, { headers: { cookie } }));
    expect(response.status).toBe(403);
    expect(await errorCodeOf(response)).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('gets no file', async () => {
    await seeded;
    const cookie = await signInCookie(getDb(), 'gate-nurse', testPassword);
    const response = await handleDownload(new Request(`${origin}/api/files/x/thumb`, { headers: { cookie } }), randomUUID(), 'thumb');
    expect(response.status).toBe(403);
    expect(await errorCodeOf(response)).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
