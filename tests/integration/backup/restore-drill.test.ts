/**
 * The README's restore drill, performed: devices write over HTTP to a running server while
 * `npm run admin -- backup` copies it; `restore` puts the backup into a fresh folder; verify-audit
 * and check-files pass there; the web push keys come back byte for byte (new ones would cut every
 * device's notifications); a server started on it serves every post and file acknowledged before
 * the backup began — the files byte for byte — and a restore over it while it runs is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { databasePath, openDatabase } from '@/server/db/client';
import { attachments, posts } from '@/server/db/schema';
import { loadVapidKeys, vapidFileName } from '@/server/push/vapid-keys';
import { runAdmin } from '@/tests/support/admin-process';
import { registerTeam, seedCareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { makeTempFolder, openDataFolder, removeTempFolders } from '@/tests/support/data-folder';
import { outboxItem, sendItem, type OutboxItem } from '@/tests/support/device-outbox';
import { httpDevice, type HttpDevice } from '@/tests/support/http-device';
import { signIn } from '@/tests/support/care-team-world';
import { startServerProcess, type ServerProcess } from '@/tests/support/server-process';

const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.kill('SIGKILL');
  removeTempFolders();
});

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ dataDir });
  running.push(server);
  return server;
}

describe('the restore drill', () => {
  it('backs up a running server while devices write, restores into a fresh folder and serves every acknowledged post and file', async () => {
    const live = openDataFolder();
    const world = await seedCareTeamWorld(live.db);
    await signIn(world, 'nurse');
    const patientId = await registerTeam(world, ['doctor']);
    live.close();
    // As the server's first start does when no keys are in the environment.
    loadVapidKeys({ dataDir: live.dir, push: { vapidPublicKey: null, vapidPrivateKey: null, subject: 'mailto:ops@example.jp' } });
    const vapidKeys = fs.readFileSync(path.join(live.dir, vapidFileName));

    const server = await start(live.dir);
    const writers: Person[] = ['nurse', 'doctor'];
    const devices = new Map<Person, HttpDevice>(writers.map((person) => [person, httpDevice(server.baseUrl, person)]));
    for (const device of devices.values()) await device.signIn();
    const sent = new Map<Person, OutboxItem[]>(writers.map((person) => [person, []]));
    const write = async (person: Person, index: number) => {
      const item = await outboxItem(world, {
        person,
        patientId,
        index,
        attached: index % 3 === 0 ? 'photo' : index % 3 === 1 ? 'document' : null,
      });
      await sendItem(devices.get(person)!, item);
      sent.get(person)!.push(item);
    };
    for (let index = 0; index < 6; index += 1) await write(writers[index % 2]!, index);

    const backup = path.join(makeTempFolder(), 'backup');
    const backupStarted = Date.now();
    const backingUp = runAdmin(['backup', '--to', backup], { dataDir: live.dir });
    let done = false;
    void backingUp.finally(() => (done = true));
    await Promise.all(
      writers.map(async (person, offset) => {
        for (let index = 100 + offset; !done; index += 2) await write(person, index);
      }),
    );
    const backedUp = await backingUp;
    expect(backedUp.stderr).toBe('');
    expect(backedUp.code).toBe(0);
    await server.kill('SIGTERM');

    const dataDir = path.join(makeTempFolder(), 'restored');
    const restored = await runAdmin(['restore', '--from', backup], { dataDir });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(fs.readFileSync(path.join(dataDir, vapidFileName)).equals(vapidKeys)).toBe(true);
    expect(fs.statSync(path.join(dataDir, vapidFileName)).mode & 0o777).toBe(0o600);
    expect((await runAdmin(['verify-audit'], { dataDir })).stdout).toMatch(/^Audit log intact: \d+ entries/);
    expect((await runAdmin(['check-files'], { dataDir })).stdout).toMatch(/^Files intact: all \d+ that attachments refer to/);

    const all = [...sent.values()].flat();
    const acknowledgedBefore = all.filter((item) => (item.acknowledgedAt ?? Infinity) <= backupStarted);
    expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(6);
    expect(all.length).toBeGreaterThan(acknowledgedBefore.length);

    const restoredServer = await start(dataDir);
    const doctor = httpDevice(restoredServer.baseUrl, 'doctor');
    await doctor.signIn();
    const pulled = await doctor.pullAll('posts');
    for (const item of acknowledgedBefore)
      expect(pulled.filter((doc) => doc.id === item.post.id).map((doc) => doc.body)).toEqual([item.post.body]);
    const pulledFiles = await doctor.pullAll('attachments');
    for (const item of acknowledgedBefore.filter((candidate) => candidate.file)) {
      const doc = pulledFiles.find((candidate) => candidate.id === item.file?.meta.id);
      expect(doc, `attachment of ${item.post.body}`).toBeDefined();
      for (const variant of doc?.variants as string[]) {
        const file = await doctor.download(item.file?.meta.id ?? '', variant);
        expect(file.status).toBe(200);
        expect(file.etag).toBe(`"${file.sha256}"`);
        if (variant === 'document') expect(file.bytes.equals(item.file?.bytes ?? Buffer.alloc(0))).toBe(true);
      }
    }
    const refused = await runAdmin(['restore', '--from', backup, '--force'], { dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is open in another process — a server is running on/);
    await restoredServer.kill('SIGTERM');

    // What each device wrote while the backup ran reached it in order: a prefix, never a gap.
    const db = openDatabase(databasePath(dataDir));
    try {
      for (const items of sent.values()) {
        const ids = new Set(
          db
            .select({ id: posts.id })
            .from(posts)
            .where(
              inArray(
                posts.id,
                items.map((item) => item.post.id),
              ),
            )
            .all()
            .map((row) => row.id),
        );
        const present = items.map((item) => ids.has(item.post.id));
        expect(present).toEqual(items.map((_, index) => index < ids.size));
      }
      const files = db.select({ id: attachments.id }).from(attachments).all().length;
      expect(files).toBeGreaterThan(0);
      expect(verifyAuditChain(db).ok).toBe(true);
    } finally {
      db.$client.close();
    }
  }, 240_000);
});
