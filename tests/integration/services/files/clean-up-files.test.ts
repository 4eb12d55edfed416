import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanUpFiles } from '@/server/services/files/clean-up-files';
import type { ContentStore } from '@/server/files/content-store';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { fileOptions, openFileStore, storedHashes, tempFiles, upload, uploadMetaFor } from '@/tests/support/file-world';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { readPhoto } from '@/tests/unit/files/samples';

let world: CareTeamWorld;
let store: ContentStore;
let cleanUp: Array<() => void> = [];
beforeEach(async () => {
  const team = await openTeamWorld(['nurse'], []);
  world = team.world;
  const files = openFileStore();
  store = files.store;
  cleanUp = [team.close, files.remove];
  const post = postDocBy(world, 'nurse', team.patientId);
  await push(world, 'nurse', 'posts', [post]);
  const bytes = readPhoto('orientation/Landscape_1.jpg');
  await upload(fileOptions(world, 'nurse', store), uploadMetaFor({ id: post.id, patientId: team.patientId }, bytes), bytes);
});
afterEach(() => {
  for (const fn of cleanUp) fn();
});

describe('cleanUpFiles', () => {
  it('removes old files no attachment refers to and stale temp files, and keeps every attachment’s variants', async () => {
    const orphan = await store.put(Buffer.from('left by an upload over quota'));
    const young = await store.put(Buffer.from('an upload writing its row right now'));
    const hour = 3_600_000;
    const old = new Date(Date.now() - 48 * hour);
    fs.utimesSync(store.path(orphan.sha256), old, old);
    fs.mkdirSync(path.join(store.root, 'tmp'), { recursive: true });
    const stale = path.join(store.root, 'tmp', 'crashed.part');
    fs.writeFileSync(stale, 'half an upload');
    fs.utimesSync(stale, old, old);

    const report = await cleanUpFiles({ db: world.db, store });
    expect(report).toEqual({ kept: 3, removedOrphans: 1, removedTemp: 1 });
    const left = await storedHashes(store);
    expect(left).not.toContain(orphan.sha256);
    expect(left).toContain(young.sha256);
    expect(left).toHaveLength(4);
    expect(tempFiles(store)).toEqual([]);
  });
});
