import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { syncCollections } from '@/lib/sync/protocol';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import { auditLog } from '@/server/db/schema';
import { openTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import {
  commentDocBy,
  completeReport,
  expectAcknowledged,
  formDocBy,
  postDocBy,
  pullAll,
  pullOnce,
  push,
  receiptDocBy,
  vitalsDocBy,
  type PulledDoc,
} from '@/tests/support/sync-docs';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
  return close;
});

describe('pulling by checkpoint (sync.pull)', () => {
  it('hands out every post exactly once, in order, batch by batch, and later ones after the last checkpoint', async () => {
    const posted = Array.from({ length: 5 }, (_, index) => postDocBy(world, 'nurse', patientId, { body: `記録 ${index + 1}` }));
    expectAcknowledged(await push(world, 'nurse', 'posts', posted), posted);

    const seen: PulledDoc[] = [];
    const batchSizes: number[] = [];
    let checkpoint = null;
    for (;;) {
      const batch = await pullOnce(world, 'doctor', 'posts', checkpoint, 2);
      if (batch.documents.length === 0) {
        expect(batch.checkpoint).toEqual(checkpoint);
        break;
      }
      batchSizes.push(batch.documents.length);
      seen.push(...batch.documents);
      const last = batch.documents.at(-1);
      expect(batch.checkpoint).toEqual({ seq: last?.updatedAt, id: last?.id });
      checkpoint = batch.checkpoint;
    }
    expect(batchSizes).toEqual([2, 2, 1]);
    expect(seen.map((doc) => doc.id)).toEqual(posted.map((doc) => doc.id));
    const sequence = seen.map((doc) => doc.updatedAt);
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    expect(new Set(sequence).size).toBe(5);

    // Nothing after the final checkpoint, until something new is pushed.
    expect((await pullOnce(world, 'doctor', 'posts', checkpoint, 2)).documents).toEqual([]);
    const later = postDocBy(world, 'nurse', patientId, { body: '追加の記録' });
    await push(world, 'nurse', 'posts', [later]);
    const after = await pullOnce(world, 'doctor', 'posts', checkpoint, 2);
    expect(after.documents.map((doc) => [doc.id, doc.body, doc._deleted])).toEqual([[later.id, '追加の記録', false]]);
  });

  it('returns documents shaped as the device schema, with server times and the server’s sequence', async () => {
    const post = postDocBy(world, 'nurse', patientId, { clientCreatedAt: 1_700_000_000_000 });
    const before = Date.now();
    await push(world, 'nurse', 'posts', [post]);
    const [pulled] = (await pullAll(world, 'doctor', 'posts')).documents;
    expect(pulled).toEqual({ ...post, serverCreatedAt: expect.any(Number), updatedAt: expect.any(Number), _deleted: false });
    expect(pulled?.serverCreatedAt).toBeGreaterThanOrEqual(before);
    expect(pulled?.updatedAt).toBeGreaterThan(0);

    const [patient] = (await pullAll(world, 'doctor', 'patients')).documents;
    expect(patient).toMatchObject({
      id: patientId,
      name: '山田 花子',
      registeredBy: world.ids.nurse,
      consentRecordedBy: world.ids.nurse,
      _deleted: false,
    });
    const members = (await pullAll(world, 'doctor', 'members')).documents;
    expect(members.map((doc) => [doc.id, doc.role, doc._deleted]).sort()).toEqual(
      [
        [`${patientId}:${world.ids.nurse}`, 'owner', false],
        [`${patientId}:${world.ids.doctor}`, 'member', false],
      ].sort(),
    );
  });

  it('audits each pull that returned a patient’s data, in an intact chain', async () => {
    const post = postDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'posts', [post]);
    await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', post)]);
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post)]);
    await push(world, 'nurse', 'forms', [
      formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { content: completeReport(), status: 'final' }),
    ]);
    await push(world, 'nurse', 'observations', [vitalsDocBy(world, 'nurse', patientId)]);

    const pulledRows = () =>
      world.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'sync.pulled'), eq(auditLog.actorUserId, world.ids.doctor)))
        .all();
    // Attachments need files; their pull's audit entry is checked in the file tests.
    const collections = syncCollections.filter((collection) => collection !== 'attachments');
    for (const collection of collections) await pullOnce(world, 'doctor', collection);
    expect(pulledRows().map((row) => [row.patientId, JSON.parse(row.details ?? '{}').collection])).toEqual(
      collections.map((collection) => [patientId, collection]),
    );
    expect(pulledRows().every((row) => row.sessionId && row.ip)).toBe(true);

    // A pull that returns nothing reads no patient data, so writes nothing.
    const { checkpoint } = await pullAll(world, 'doctor', 'posts');
    const count = pulledRows().length;
    await pullOnce(world, 'doctor', 'posts', checkpoint);
    expect(pulledRows()).toHaveLength(count);
    expect(verifyAuditChain(world.db)).toEqual({ ok: true, rows: expect.any(Number) });
  });

  it('gives a user who was never on the team nothing at all', async () => {
    await signIn(world, 'outsider', 'stranger');
    const post = postDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'posts', [post]);
    await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', post)]);
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post)]);
    await push(world, 'nurse', 'forms', [
      formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { content: completeReport(), status: 'final' }),
    ]);
    await push(world, 'nurse', 'observations', [vitalsDocBy(world, 'nurse', patientId)]);

    for (const person of ['outsider', 'stranger'] as const) {
      for (const collection of syncCollections) {
        expect(await pullOnce(world, person, collection), `${person} ${collection}`).toEqual({ documents: [], checkpoint: null });
      }
    }
    const outsiderAudit = world.db.select().from(auditLog).where(eq(auditLog.actorUserId, world.ids.outsider)).all();
    expect(outsiderAudit.map((row) => row.action)).toEqual(['device.registered', 'auth.signIn']);
  });
});
