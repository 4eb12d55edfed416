/**
 * Uploads taken in at once are capped per user and in all: past the cap the answer is 429 with
 * Retry-After, before a byte of the body is read, and a place is given back when an upload ends.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { handleUpload } from '@/server/http/file-handlers';
import { admitUpload, maxUploadsInAll, maxUploadsPerUser, uploadRetryAfterSeconds } from '@/server/files/upload-admission';
import { seedWorld, testPassword, userOf } from '@/tests/support/seed';
import { signInCookie } from '@/tests/support/trpc-harness';

const origin = 'http://localhost:3000';
// The process-wide database is shared by this run's files: login IDs of this file alone.
const seeded = seedWorld(getDb(), [{ loginId: 'upload-nurse' }, { loginId: 'upload-doctor' }]);

let held: Array<{ release: () => void }> = [];
afterEach(() => {
  for (const place of held) place.release();
  held = [];
});

function upload(cookie: string): Promise<Response> {
  const params = new URLSearchParams({
    id: randomUUID(),
    postId: randomUUID(),
    patientId: randomUUID(),
    kind: 'wound',
    sha256: 'a'.repeat(64),
    createdAt: String(Date.now()),
  });
  return handleUpload(
    new Request(`${origin}/api/files?${params.toString()}`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(16),
    }),
  );
}

function hold(userId: string, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const place = admitUpload(userId);
    if (!place) throw new Error('no place');
    held.push(place);
  }
}

describe('uploads at once', () => {
  it(`takes ${maxUploadsPerUser} of one user’s at a time and tells the next to come back later`, async () => {
    const world = await seeded;
    const cookie = await signInCookie(getDb(), 'upload-nurse', testPassword);
    hold(userOf(world, 'upload-nurse').id, maxUploadsPerUser);
    const refused = await upload(cookie);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(uploadRetryAfterSeconds));
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');

    // Another user is not held up by this one.
    const doctor = await signInCookie(getDb(), 'upload-doctor', testPassword);
    expect((await upload(doctor)).status).not.toBe(429);
    // A place given back is taken again (the upload itself then fails for its own reasons).
    held.pop()?.release();
    expect((await upload(cookie)).status).not.toBe(429);
  });

  it(`takes ${maxUploadsInAll} in all`, async () => {
    await seeded;
    const cookie = await signInCookie(getDb(), 'upload-doctor', testPassword);
    for (let i = 0; i < maxUploadsInAll; i += 1) hold(randomUUID(), 1);
    expect((await upload(cookie)).status).toBe(429);
  });
});
