/**
 * A server process killed (SIGKILL) in the middle of a burst of pushes and uploads from several
 * devices, one of them half-way through sending a photo, then started again on the same folder:
 * what it acknowledged is there, the devices' retries (of the unanswered, and of one answer they
 * "lost") each land exactly once, no stored file is partial, and the audit chain verifies.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { UploadMeta } from '@/lib/schemas/attachment';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { databasePath, openDatabase } from '@/server/db/client';
import { attachments, posts } from '@/server/db/schema';
import { checkAttachmentFiles } from '@/server/services/files/check-attachment-files';
import { registerTeam, seedCareTeamWorld, signIn, type Person } from '@/tests/support/care-team-world';
import { openDataFolder, removeTempFolders } from '@/tests/support/data-folder';
import { outboxItem, sendItem, type OutboxItem } from '@/tests/support/device-outbox';
import { sha256Of, storedHashes, tempFiles } from '@/tests/support/file-world';
import { httpDevice, type HttpDevice } from '@/tests/support/http-device';
import { startServerProcess, type ServerProcess } from '@/tests/support/server-process';
import { postDocBy } from '@/tests/support/sync-docs';
import { readPhoto } from '@/tests/unit/files/samples';

const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.kill('SIGKILL');
  removeTempFolders();
});

const persons: Person[] = ['nurse', 'doctor', 'caremanager'];
const itemsPerDevice = 14;

/** Sends its items one after the other, as an outbox does, until the server stops answering. */
async function burst(device: HttpDevice, items: OutboxItem[]): Promise<void> {
  for (const item of items) {
    try {
      await sendItem(device, item);
    } catch {
      return;
    }
  }
}

/** A body that sends half of the bytes and then waits, like a tablet losing its signal mid-photo. */
function halfThenStall(bytes: Uint8Array, halfSent: () => void): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    async pull(controller) {
      if (sent) return new Promise<void>(() => undefined);
      sent = true;
      controller.enqueue(bytes.subarray(0, bytes.byteLength / 2));
      setTimeout(halfSent, 300);
    },
  });
}

describe('a server killed in the middle of a burst of pushes and uploads', () => {
  it('keeps what it acknowledged, takes every retry exactly once, and never serves a partial file', async () => {
    const folder = openDataFolder();
    const world = await seedCareTeamWorld(folder.db);
    await signIn(world, 'nurse');
    const patientId = await registerTeam(world, ['doctor', 'caremanager']);
    folder.close();

    const attachedOf = (index: number) => (index % 3 === 0 ? 'photo' : index % 3 === 1 ? 'document' : null);
    const queues = new Map<Person, OutboxItem[]>();
    for (const [offset, person] of persons.entries()) {
      const items: OutboxItem[] = [];
      for (let index = 0; index < itemsPerDevice; index += 1) {
        items.push(await outboxItem(world, { person, patientId, index: offset * 100 + index, attached: attachedOf(index) }));
      }
      queues.set(person, items);
    }
    const all = () => [...queues.values()].flat();
    const acknowledged = () => all().filter((item) => item.acknowledgedAt !== null);

    let server = await startServerProcess({ dataDir: folder.dir });
    running.push(server);
    const devices = new Map(persons.map((person) => [person, httpDevice(server.baseUrl, person)]));
    for (const device of devices.values()) await server.within(`${device.loginId}'s sign-in`, device.signIn(), 30_000);

    // The nurse's 8 MP photo, its post through, its upload stalled half-way when the server dies.
    const slowPost = postDocBy(world, 'nurse', patientId, { body: '褥瘡の写真（送信途中）' });
    const slowBytes = readPhoto('exif/phone-jolla.jpg');
    const slowMeta: UploadMeta = {
      id: randomUUID(),
      postId: slowPost.id,
      patientId,
      kind: 'wound',
      fileName: 'wound.jpg',
      sha256: sha256Of(slowBytes),
      clientCreatedAt: Date.now(),
    };
    const nurse = devices.get('nurse')!;
    await server.within("the photo's post", nurse.push('posts', [slowPost]), 30_000);
    let halfSent = false;
    const slowUpload = nurse
      .upload(
        slowMeta,
        halfThenStall(slowBytes, () => (halfSent = true)),
      )
      .then(
        () => 'answered',
        () => 'lost',
      );

    const bursts = Promise.all(persons.map((person) => burst(devices.get(person)!, queues.get(person)!)));
    const deadline = Date.now() + 60_000;
    while (!(halfSent && acknowledged().length >= 12) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    const killed = server;
    await killed.within('the kill', killed.kill('SIGKILL'), 10_000);
    await killed.within('the bursts after the kill', bursts, 20_000);
    expect(await killed.within('the stalled photo after the kill', slowUpload, 20_000)).toBe('lost');
    const acknowledgedBeforeKill = acknowledged();
    expect(acknowledgedBeforeKill.length).toBeGreaterThanOrEqual(12);
    expect(acknowledgedBeforeKill.length).toBeLessThan(all().length);

    // At rest after the crash: only whole files under their hashes; the stalled photo left a temp file.
    for (const hash of await storedHashes(folder.store)) expect(sha256Of(fs.readFileSync(folder.store.path(hash)))).toBe(hash);
    expect(tempFiles(folder.store).length).toBeGreaterThanOrEqual(1);

    server = await startServerProcess({ dataDir: folder.dir });
    running.push(server);
    for (const device of devices.values()) device.baseUrl = server.baseUrl;

    // Everything acknowledged survived, before any retry; the sessions did too (no new sign-in).
    const doctor = devices.get('doctor')!;
    const before = await server.within('the pull after the restart', doctor.pullAll('posts'), 30_000);
    for (const item of acknowledgedBeforeKill) expect(before.filter((doc) => doc.id === item.post.id)).toHaveLength(1);

    // The devices retry what was never answered, and each sends its last answered post again (an answer lost on the way).
    const retries = async () => {
      await nurse.upload(slowMeta, slowBytes).then((response) => expect(response.status).toBe(200));
      for (const person of persons) {
        const items = queues.get(person)!;
        const lastAnswered = items.filter((item) => item.acknowledgedAt !== null).at(-1);
        if (lastAnswered) await sendItem(devices.get(person)!, lastAnswered, { resend: true });
        for (const item of items) await sendItem(devices.get(person)!, item);
      }
    };
    await server.within('the retries', retries(), 60_000);

    // Every post once, every file served whole (its bytes hash to its ETag), documents byte for byte.
    const pulled = await server.within('the pull after the retries', doctor.pullAll('posts'), 30_000);
    for (const item of [...all(), { post: slowPost }]) expect(pulled.filter((doc) => doc.id === item.post.id)).toHaveLength(1);
    const pulledFiles = await server.within('the pull of files', doctor.pullAll('attachments'), 30_000);
    const sentFiles = [...all().flatMap((item) => (item.file ? [item.file] : [])), { meta: slowMeta, bytes: slowBytes }];
    expect(pulledFiles).toHaveLength(sentFiles.length);
    for (const { meta, bytes } of sentFiles) {
      const doc = pulledFiles.find((candidate) => candidate.id === meta.id);
      expect(doc, meta.fileName).toBeDefined();
      for (const variant of doc?.variants as string[]) {
        const file = await server.within(`the download of ${meta.fileName} (${variant})`, doctor.download(meta.id, variant), 30_000);
        expect(file.status).toBe(200);
        expect(file.etag).toBe(`"${file.sha256}"`);
        if (variant === 'document') expect(file.bytes.equals(bytes)).toBe(true);
      }
    }
    await server.within('the stop (SIGTERM)', server.kill('SIGTERM'), 20_000);

    const db = openDatabase(databasePath(folder.dir));
    try {
      const everyPost = [...all().map((item) => item.post), slowPost];
      expect(db.select({ n: count() }).from(posts).get()?.n).toBe(everyPost.length);
      for (const post of everyPost) expect(db.select({ n: count() }).from(posts).where(eq(posts.body, post.body)).get()?.n).toBe(1);
      for (const { meta } of sentFiles)
        expect(db.select({ n: count() }).from(attachments).where(eq(attachments.postId, meta.postId)).get()?.n).toBe(1);
      expect(verifyAuditChain(db)).toMatchObject({ ok: true });
      expect((await checkAttachmentFiles({ db, store: folder.store })).problems).toEqual([]);
    } finally {
      db.$client.close();
    }
    for (const hash of await storedHashes(folder.store)) expect(sha256Of(fs.readFileSync(folder.store.path(hash)))).toBe(hash);
  }, 240_000);
});
