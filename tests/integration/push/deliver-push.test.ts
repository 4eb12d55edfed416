/**
 * Delivering the push outbox: one push per user and run with the count and no patient data, held
 * through quiet hours, retried with backoff, a subscription the push service says is gone (410)
 * removed, and — through web-push's real encryption and VAPID signing — to a local fake push
 * service over http (no real push service is reachable from the tests).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushOutbox, pushSubscriptions } from '@/server/db/schema';
import { retrySchedule } from '@/server/mail/deliver-mail';
import { deliverPendingPushes, type PushSend } from '@/server/push/deliver-push';
import { loadVapidKeys } from '@/server/push/vapid-keys';
import { webPushSend } from '@/server/push/web-push-send';
import { openTeamWorld, patientInput, type CareTeamWorld } from '@/tests/support/care-team-world';
import { makeTempFolder, removeTempFolders } from '@/tests/support/data-folder';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { subscribe } from './push-world';

let world: CareTeamWorld;
let patientId: string;
let close: () => void;

beforeEach(async () => {
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
  await subscribe(world, 'doctor');
});
afterEach(() => close());

const secret = '麻薬の残量が少ないため至急連絡ください';
const privatePost = () =>
  postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [world.ids.doctor], category: 'medication', body: secret });

function recordingSend(statuses: number[] = []): PushSend & { payloads: string[]; endpoints: string[] } {
  const send = Object.assign(
    async (subscription: { endpoint: string }, payload: string) => {
      send.payloads.push(payload);
      send.endpoints.push(subscription.endpoint);
      return statuses.shift() ?? 201;
    },
    { payloads: [] as string[], endpoints: [] as string[] },
  );
  return send;
}

describe('deliverPendingPushes', () => {
  it('sends one push per user with the count, and no patient data at all', async () => {
    await push(world, 'nurse', 'posts', [privatePost(), privatePost()]);
    const send = recordingSend();
    expect(await deliverPendingPushes({ db: world.db, send })).toMatchObject({ delivered: 2, failed: 0 });
    expect(send.payloads).toHaveLength(1);
    const message = JSON.parse(send.payloads[0]!) as Record<string, unknown>;
    expect(message).toEqual({
      title: 'Renrakuに新着があります',
      body: expect.stringContaining('2') as string,
      count: 2,
      url: '/whats-new',
    });
    for (const word of [secret, patientInput.name, patientInput.nameKana, patientId, 'medication', '薬', 'テスト'])
      expect(send.payloads[0]).not.toContain(word);
    expect(
      world.db
        .select()
        .from(pushOutbox)
        .all()
        .every((row) => row.outcome === 'delivered' && row.sentAt !== null),
    ).toBe(true);
    expect(await deliverPendingPushes({ db: world.db, send })).toMatchObject({ delivered: 0 });
  });

  it('speaks the user’s language', async () => {
    await world.as('doctor').caller.auth.setLocale({ locale: 'en' });
    await push(world, 'nurse', 'posts', [privatePost()]);
    const send = recordingSend();
    await deliverPendingPushes({ db: world.db, send });
    expect(JSON.parse(send.payloads[0]!)).toMatchObject({ title: 'New message in Renraku', count: 1 });
  });

  it('holds a push through the user’s quiet hours and sends it when they end', async () => {
    const settings = (await world.as('doctor').caller.notifications.mine()).settings;
    // Quiet for the coming hour, Japan time (UTC+9).
    const minute = Math.floor((Date.now() + 9 * 3_600_000) / 60_000) % 1440;
    await world.as('doctor').caller.notifications.updateSettings({ ...settings, quietStart: minute, quietEnd: (minute + 60) % 1440 });
    await push(world, 'nurse', 'posts', [privatePost()]);
    const row = world.db.select().from(pushOutbox).get()!;
    expect(row.notBefore.getTime()).toBeGreaterThan(row.createdAt.getTime() + 59 * 60_000 - 60_000);
    const send = recordingSend();
    expect(await deliverPendingPushes({ db: world.db, send, now: () => new Date(row.notBefore.getTime() - 1) })).toMatchObject({
      delivered: 0,
    });
    expect(send.payloads).toHaveLength(0);
    expect(await deliverPendingPushes({ db: world.db, send, now: () => row.notBefore })).toMatchObject({ delivered: 1 });
  });

  it('keeps a failed push with its error and retries it with backoff until it goes', async () => {
    await push(world, 'nurse', 'posts', [privatePost()]);
    const row = world.db.select().from(pushOutbox).get()!;
    const send = recordingSend([503, 503]);
    const at = (ms: number) => () => new Date(row.notBefore.getTime() + ms);
    expect(await deliverPendingPushes({ db: world.db, send, now: at(0) })).toMatchObject({ failed: 1 });
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ attempts: 1, sentAt: null, lastError: 'push service answered 503' });
    expect(await deliverPendingPushes({ db: world.db, send, now: at(retrySchedule.firstDelayMs - 1) })).toMatchObject({
      failed: 0,
      delivered: 0,
    });
    expect(await deliverPendingPushes({ db: world.db, send, now: at(retrySchedule.firstDelayMs) })).toMatchObject({ failed: 1 });
    expect(await deliverPendingPushes({ db: world.db, send, now: at(retrySchedule.firstDelayMs * 3) })).toMatchObject({ delivered: 1 });
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ attempts: 2, outcome: 'delivered', lastError: null });
    expect(send.payloads).toHaveLength(3);
  });

  it('removes a subscription the push service says is gone (410, 404), and marks the push as reaching no device', async () => {
    await push(world, 'nurse', 'posts', [privatePost()]);
    expect(await deliverPendingPushes({ db: world.db, send: recordingSend([410]) })).toMatchObject({ pruned: 1, delivered: 1 });
    expect(world.db.select().from(pushSubscriptions).all()).toEqual([]);
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ outcome: 'noSubscription' });
    await subscribe(world, 'doctor');
    await push(world, 'nurse', 'posts', [privatePost()]);
    expect(await deliverPendingPushes({ db: world.db, send: recordingSend([404]) })).toMatchObject({ pruned: 1 });
    expect(world.db.select().from(pushSubscriptions).all()).toEqual([]);
    // With no device left, nothing more is queued for the doctor.
    await push(world, 'nurse', 'posts', [privatePost()]);
    expect(world.db.select().from(pushOutbox).all()).toHaveLength(2);
  });

  it('removes a subscription the push service refuses (401/403) three times in a row, retrying meanwhile', async () => {
    await push(world, 'nurse', 'posts', [privatePost()]);
    const row = world.db.select().from(pushOutbox).get()!;
    const at = (ms: number) => () => new Date(row.notBefore.getTime() + ms);
    const send = recordingSend([403, 401, 403]);
    expect(await deliverPendingPushes({ db: world.db, send, now: at(0) })).toMatchObject({ failed: 1, pruned: 0 });
    expect(world.db.select().from(pushSubscriptions).get()).toMatchObject({ refusals: 1 });
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ attempts: 1, lastError: 'push service refused (403)' });
    expect(await deliverPendingPushes({ db: world.db, send, now: at(retrySchedule.firstDelayMs) })).toMatchObject({ failed: 1 });
    expect(world.db.select().from(pushSubscriptions).get()).toMatchObject({ refusals: 2 });
    expect(await deliverPendingPushes({ db: world.db, send, now: at(retrySchedule.firstDelayMs * 3) })).toMatchObject({
      pruned: 1,
      delivered: 1,
    });
    expect(world.db.select().from(pushSubscriptions).all()).toEqual([]);
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ outcome: 'noSubscription' });
    expect(send.payloads).toHaveLength(3);
  });

  it('counts only refusals in a row: a success in between starts the count again', async () => {
    const send = recordingSend([403, 403, 201, 403, 403]);
    for (let round = 0; round < 5; round += 1) {
      await push(world, 'nurse', 'posts', [privatePost()]);
      // Each round's push is new and due now; the earlier refused ones wait for their backoff.
      await deliverPendingPushes({ db: world.db, send, now: () => new Date(Date.now() + round * 3_600_000) });
    }
    expect(world.db.select().from(pushSubscriptions).get()).toMatchObject({ refusals: 2 });
  });

  it('marks a push undeliverable for a day as expired, kept in the outbox', async () => {
    await push(world, 'nurse', 'posts', [privatePost()]);
    const send = recordingSend([500]);
    const later = () => new Date(Date.now() + 25 * 3_600_000);
    expect(await deliverPendingPushes({ db: world.db, send, now: later })).toMatchObject({ expired: 1 });
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ outcome: 'expired' });
    expect(send.payloads).toHaveLength(0);
  });
});

describe('webPushSend against a local fake push service', () => {
  let server: http.Server;
  let requests: Array<{ url: string; headers: http.IncomingHttpHeaders; body: Buffer }>;
  let base: string;
  beforeEach(async () => {
    requests = [];
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        requests.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = req.url?.includes('gone') ? 410 : 201;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends an encrypted, VAPID-signed push, and prunes the device the service answers 410 for', async () => {
    await subscribe(world, 'doctor', `${base}/push/doctor-tablet`);
    const dataDir = makeTempFolder('renraku-vapid-test-');
    try {
      const keys = loadVapidKeys({ dataDir, push: { vapidPublicKey: null, vapidPrivateKey: null, subject: 'mailto:ops@example.jp' } });
      // Generated once, then read back: a restart keeps the same keys.
      expect(loadVapidKeys({ dataDir, push: { vapidPublicKey: null, vapidPrivateKey: null, subject: 'mailto:ops@example.jp' } })).toEqual(
        keys,
      );
      await push(world, 'nurse', 'posts', [privatePost()]);
      expect(await deliverPendingPushes({ db: world.db, send: webPushSend(keys) })).toMatchObject({ delivered: 1, pruned: 0 });
      expect(requests).toHaveLength(1);
      const [request] = requests;
      expect(request!.url).toBe('/push/doctor-tablet');
      expect(request!.headers['content-encoding']).toBe('aes128gcm');
      expect(request!.headers.authorization).toMatch(new RegExp(`^vapid t=.+, k=${keys.publicKey}$`));
      expect(request!.headers.ttl).toBe('86400');
      // Encrypted for the device: not even the push's own words are readable on the way.
      expect(request!.body.toString('latin1')).not.toContain('Renraku');
      expect(request!.body.toString('utf8')).not.toContain(secret);

      await subscribe(world, 'doctor', `${base}/push/gone`);
      await push(world, 'nurse', 'posts', [privatePost()]);
      expect(await deliverPendingPushes({ db: world.db, send: webPushSend(keys) })).toMatchObject({ pruned: 1 });
      expect(world.db.select().from(pushSubscriptions).all()).toEqual([]);
    } finally {
      removeTempFolders();
    }
  });
});
