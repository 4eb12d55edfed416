/** A server killed mid-upload leaves no partial file anywhere it could be served from, and the retry completes. */
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachments } from '@/server/db/schema';
import { cleanUpFiles } from '@/server/services/files/clean-up-files';
import type { ContentStore } from '@/server/files/content-store';
import { seedCareTeamWorld, registerTeam, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { fileOptions, openFileStore, storedHashes, tempFiles, upload, uploadMetaFor } from '@/tests/support/file-world';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';
import { photosDir, readPhoto } from '@/tests/unit/files/samples';

let test: TestDatabase;
let world: CareTeamWorld;
let store: ContentStore;
let removeStore: () => void;
beforeEach(async () => {
  test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  await signIn(world, 'nurse');
  ({ store, remove: removeStore } = openFileStore());
});
afterEach(() => {
  removeStore();
  test.close();
});

function runUntilHalfSent(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './server/cli/register.mjs', 'tests/support/upload-child.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('half-sent')) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the upload process ended by itself (${code}): ${errors}`)),
    );
  });
}

describe('a server killed in the middle of an upload', () => {
  it('leaves only a temp file (swept later), no stored file and no record; the device’s retry then completes', async () => {
    const patientId = await registerTeam(world);
    const post = postDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'posts', [post]);
    const bytes = readPhoto('exif/phone-jolla.jpg');
    const meta = uploadMetaFor({ id: post.id, patientId }, bytes);

    await runUntilHalfSent([test.file, store.root, 'nurse', JSON.stringify(meta), `${photosDir}/exif/phone-jolla.jpg`]);
    expect(tempFiles(store)).toHaveLength(1);
    expect(await storedHashes(store)).toEqual([]);
    expect(world.db.select().from(attachments).all()).toEqual([]);

    const doc = await upload(fileOptions(world, 'nurse', store), meta, bytes);
    expect(doc.id).toBe(meta.id);
    expect(await storedHashes(store)).toHaveLength(3);
    // The crash's leftover goes with the next clean-up once it is old enough.
    expect((await cleanUpFiles({ db: world.db, store, now: Date.now() + 2 * 3_600_000 })).removedTemp).toBe(1);
    expect(tempFiles(store)).toEqual([]);
  }, 60_000);
});
