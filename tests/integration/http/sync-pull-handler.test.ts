/**
 * GET /api/sync/pull against real SQLite: batch for batch the same answer as the `sync.pull`
 * procedure (private posts, a post's history, tombstones after leaving a team), the same audit
 * entries, and the same refusals — nobody signed in, a pending or revoked device, a disabled
 * user, an outdated client — each with the procedure's AppError code and HTTP status.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import { pullSearchParams, type PullRequest } from '@/lib/sync/pull';
import { syncCollections, syncProtocolVersion, type SyncCollection } from '@/lib/sync/protocol';
import { auditLog, regions } from '@/server/db/schema';
import { handleSyncPull } from '@/server/http/sync-pull-handler';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { disableUser, openTeamWorld, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { commentDocBy, postDocBy, pullOnce, push, receiptDocBy } from '@/tests/support/sync-docs';
import { testPassword } from '@/tests/support/seed';
import { openRequest, signInOnDevice } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'caremanager', 'outsider'], ['doctor', 'caremanager']));
  return close;
});

const origin = 'http://localhost:3000';
const adminSeed = {
  loginId: 'pull-admin',
  displayName: '管理 端末',
  displayNameKana: 'カンリ',
  profession: 'clerk',
  role: 'facilityAdmin',
  mustChangePassword: false,
} as const;

function get(cookie: string | null, request: Partial<PullRequest> & { collection: SyncCollection }): Response {
  const params = pullSearchParams({ protocolVersion: syncProtocolVersion, checkpoint: null, batchSize: 100, ...request });
  return handleSyncPull(new Request(`${origin}/api/sync/pull?${params.toString()}`, { headers: cookie ? { cookie } : {} }), world.db);
}

const pullOver = (person: Person, request: Partial<PullRequest> & { collection: SyncCollection }) =>
  get(world.cookies.get(person) ?? null, request);

async function refusalOf(response: Response): Promise<{ status: number; error: unknown }> {
  return { status: response.status, error: ((await response.json()) as { error: unknown }).error };
}

/** A world with something in every kind of pull: a private post, an edited post, a comment and a receipt. */
async function writeTimeline(): Promise<{ secretBody: string }> {
  const secretBody = '主治医のみ: 告知の件';
  const secret = postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [world.ids.doctor], body: secretBody });
  const open = postDocBy(world, 'nurse', patientId, { body: '初回の記録' });
  await push(world, 'nurse', 'posts', [secret, open]);
  const [original] = (await pullOnce(world, 'nurse', 'posts')).documents.filter((doc) => doc.id === open.id);
  await push(world, 'nurse', 'posts', [{ ...original, body: '訂正後の記録' }], [original ?? null]);
  await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', secret, '承知しました'), commentDocBy(world, 'doctor', open)]);
  await push(world, 'caremanager', 'receipts', [receiptDocBy(world, 'caremanager', open)]);
  return { secretBody };
}

describe('GET /api/sync/pull', () => {
  it('answers batch for batch what the sync.pull procedure answers, to every member of every collection', async () => {
    await writeTimeline();
    for (const person of ['nurse', 'doctor', 'caremanager', 'outsider'] as const) {
      for (const collection of syncCollections) {
        let checkpoint: SyncCheckpoint | null = null;
        for (let round = 0; round < 20; round += 1) {
          const expected = await world
            .as(person)
            .caller.sync.pull({ protocolVersion: syncProtocolVersion, collection, checkpoint, batchSize: 2 });
          const response = pullOver(person, { collection, checkpoint, batchSize: 2 });
          expect(response.status).toBe(200);
          expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
          expect(response.headers.get('cache-control')).toBe('no-store');
          expect(await response.json(), `${person} ${collection}`).toEqual(expected);
          if (expected.documents.length === 0) break;
          checkpoint = expected.checkpoint;
        }
      }
    }
  });

  it('gives a private post and its comment only to its audience, and a post its earlier versions', async () => {
    const { secretBody } = await writeTimeline();
    const postsOf = async (person: Person) =>
      ((await pullOver(person, { collection: 'posts' }).json()) as { documents: Array<{ body: string; history: unknown[] }> }).documents;
    expect((await postsOf('doctor')).map((doc) => doc.body).sort()).toEqual([secretBody, '訂正後の記録'].sort());
    expect((await postsOf('doctor')).find((doc) => doc.body === '訂正後の記録')?.history).toMatchObject([
      { revision: 1, body: '初回の記録' },
    ]);
    const careManagerSees = await Promise.all(syncCollections.map(async (collection) => pullOver('caremanager', { collection }).text()));
    expect(careManagerSees.join()).not.toContain('告知');
    expect(careManagerSees.join()).not.toContain('承知しました');
    // Someone of the same station who is not on the team gets nothing at all, and nothing is audited for them.
    for (const collection of syncCollections) {
      expect(await pullOver('outsider', { collection }).json()).toEqual({ documents: [], checkpoint: null });
    }
    const pulledBy = (userId: string) =>
      world.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorUserId, userId), eq(auditLog.action, 'sync.pulled')))
        .all();
    expect(pulledBy(world.ids.outsider)).toEqual([]);
    expect(pulledBy(world.ids.caremanager).length).toBeGreaterThan(0);
  });

  it('audits each pull that returned a patient’s data, with the collection and the count', async () => {
    await writeTimeline();
    const before = world.db.select().from(auditLog).all().length;
    expect(pullOver('caremanager', { collection: 'posts' }).status).toBe(200);
    const entries = world.db.select().from(auditLog).all().slice(before);
    expect(entries).toMatchObject([
      { action: 'sync.pulled', actorUserId: world.ids.caremanager, patientId, details: JSON.stringify({ collection: 'posts', count: 1 }) },
    ]);
  });

  it('turns the patient’s data into tombstones without text for a member who left the team', async () => {
    await writeTimeline();
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
    const answer = (await pullOver('doctor', { collection: 'posts' }).json()) as { documents: Array<{ _deleted: boolean; body: string }> };
    expect(answer.documents.length).toBeGreaterThan(0);
    expect(answer.documents.every((doc) => doc._deleted && doc.body === '-')).toBe(true);
  });

  it('refuses nobody signed in, and a disabled user, as the procedure does', async () => {
    expect(await refusalOf(get(null, { collection: 'posts' }))).toEqual({
      status: 401,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'none' } },
    });
    disableUser(world, 'doctor');
    expect(await refusalOf(pullOver('doctor', { collection: 'posts' }))).toEqual({
      status: 401,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'disabled' } },
    });
  });

  it('refuses a device awaiting approval until approved, and a revoked one from then on', async () => {
    await writeTimeline();
    world.db.update(regions).set({ deviceApprovalRequired: true }).where(eq(regions.id, world.regionId)).run();
    const prepared = await prepareUser({ ...adminSeed, password: testPassword });
    insertUser(world.db, world.facilityIds.clinic, { ...prepared, id: randomUUID() });
    const admin = openRequest(world.db, { cookie: (await signInOnDevice(world.db, adminSeed.loginId, testPassword)).cookie }).caller;
    const tablet = await signInOnDevice(world.db, 'doctor', testPassword);
    expect(await refusalOf(get(tablet.cookie, { collection: 'posts' }))).toEqual({ status: 403, error: { code: 'DEVICE_NOT_APPROVED' } });

    const deviceId = (await openRequest(world.db, { cookie: tablet.cookie }).caller.auth.me()).device?.id ?? '';
    await admin.devices.approve({ deviceId });
    expect(((await get(tablet.cookie, { collection: 'posts' }).json()) as { documents: unknown[] }).documents).toHaveLength(2);

    await admin.devices.revoke({ deviceId });
    expect(await refusalOf(get(tablet.cookie, { collection: 'posts' }))).toEqual({
      status: 401,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'deviceRevoked' } },
    });
  });

  it('tells a client speaking an unsupported protocol to update, and refuses a malformed request', async () => {
    expect(await refusalOf(pullOver('doctor', { collection: 'posts', protocolVersion: syncProtocolVersion + 1 }))).toEqual({
      status: 412,
      error: {
        code: 'CLIENT_OUTDATED',
        details: { clientVersion: syncProtocolVersion + 1, serverVersion: syncProtocolVersion, minSupported: 1 },
      },
    });
    const cookie = world.cookies.get('doctor') ?? '';
    for (const query of [
      'collection=posts&batchSize=10',
      'protocolVersion=1&collection=secrets&batchSize=10',
      'protocolVersion=1&collection=posts&batchSize=5000',
    ]) {
      const response = handleSyncPull(new Request(`${origin}/api/sync/pull?${query}`, { headers: { cookie } }), world.db);
      expect(await refusalOf(response)).toEqual({ status: 400, error: { code: 'INVALID_INPUT' } });
    }
  });
});
