import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PostDoc } from '@/lib/schemas/post';
import { auditLog, posts, postVersions } from '@/server/db/schema';
import { openTeamWorld, signIn, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { postDocBy, pullAll, push, expectAcknowledged } from '@/tests/support/sync-docs';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
  return close;
});

const postRows = () => world.db.select().from(posts).all();

/** The post as `person`'s device would now hold it (without the replication flag). */
async function pulledPost(person: Person, id: string): Promise<PostDoc> {
  const found = (await pullAll(world, person, 'posts')).documents.find((doc) => doc.id === id);
  if (!found) throw new Error(`${person} did not pull post ${id}`);
  const { _deleted: _flag, ...doc } = found;
  return doc as unknown as PostDoc;
}

describe('pushing new posts (sync.push)', () => {
  it('stores a post once, however often it is pushed, answering with the server’s own copy', async () => {
    const post = postDocBy(world, 'nurse', patientId);
    expectAcknowledged(await push(world, 'nurse', 'posts', [post, post]), [post, post]);
    expectAcknowledged(await push(world, 'nurse', 'posts', [post, post]), [post, post]);
    expectAcknowledged(await push(world, 'nurse', 'posts', [post]), [post]);
    expect(postRows()).toHaveLength(1);
    expect(postRows()[0]).toMatchObject({ id: post.id, authorId: world.ids.nurse, body: post.body, revision: 1 });
    const pushed = world.db.select().from(auditLog).where(eq(auditLog.action, 'sync.pushed')).all();
    expect(pushed.map((row) => [row.patientId, JSON.parse(row.details ?? '{}')])).toEqual([[patientId, { collection: 'posts', count: 1 }]]);
  });

  it('does not store a post for a patient whose team the user is not on, and audits the refusal', async () => {
    await signIn(world, 'outsider');
    const post = postDocBy(world, 'outsider', patientId, { body: '外部からの投稿' });
    // The device is told, so it can show the user why the post stays on it.
    expect(await push(world, 'outsider', 'posts', [post])).toEqual({ conflicts: [], refused: [{ id: post.id, reason: 'noAccess' }] });
    expect(postRows()).toEqual([]);
    const refused = world.db.select().from(auditLog).where(eq(auditLog.action, 'sync.pushRefused')).all();
    expect(refused).toMatchObject([{ patientId, actorUserId: world.ids.outsider, outcome: 'failure' }]);
    expect(JSON.parse(refused[0]?.details ?? '{}')).toEqual({ collection: 'posts', reason: 'noAccess' });
  });

  it('refuses a post written in someone else’s name, and a document that does not match the schema', async () => {
    const forged = postDocBy(world, 'doctor', patientId);
    const invalid = { ...postDocBy(world, 'nurse', patientId), body: '   ' };
    await push(world, 'nurse', 'posts', [forged, invalid]);
    expect(postRows()).toEqual([]);
    const reasons = world.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'sync.pushRefused'))
      .all()
      .map((row) => JSON.parse(row.details ?? '{}').reason);
    expect(reasons).toEqual(['notAuthor', 'invalid']);
  });
});

describe('editing and retracting posts', () => {
  it('keeps every earlier text: an edit, and a conflicting edit from a second device, both land in the history', async () => {
    const post = postDocBy(world, 'nurse', patientId, { body: '初回の記録' });
    await push(world, 'nurse', 'posts', [post]);
    const original = await pulledPost('nurse', post.id);

    expectAcknowledged(await push(world, 'nurse', 'posts', [{ ...original, body: 'タブレットでの修正' }], [original]), [
      { ...original, body: 'タブレットでの修正' },
    ]);
    const edited = await pulledPost('doctor', post.id);
    expect(edited).toMatchObject({ body: 'タブレットでの修正', revision: 2, editedBy: world.ids.nurse });
    expect(edited.history).toEqual([
      { revision: 1, category: 'message', body: '初回の記録', editedBy: world.ids.nurse, editedAt: original.serverCreatedAt },
    ]);
    expect(edited.updatedAt).toBeGreaterThan(original.updatedAt);

    // A second device, still on revision 1, edits too: it lands, and nothing is lost.
    expectAcknowledged(await push(world, 'nurse', 'posts', [{ ...original, body: 'PCでの修正' }], [original]), [
      { ...original, body: 'PCでの修正' },
    ]);
    const twice = await pulledPost('doctor', post.id);
    expect(twice).toMatchObject({ body: 'PCでの修正', revision: 3 });
    expect(twice.history.map((version) => [version.revision, version.body])).toEqual([
      [1, '初回の記録'],
      [2, 'タブレットでの修正'],
    ]);

    // The same edit pushed again changes nothing.
    const { checkpoint } = await pullAll(world, 'doctor', 'posts');
    expectAcknowledged(await push(world, 'nurse', 'posts', [{ ...original, body: 'PCでの修正' }], [original]), [
      { ...original, body: 'PCでの修正' },
    ]);
    expect((await pullAll(world, 'doctor', 'posts', checkpoint)).documents).toEqual([]);
    expect(world.db.select().from(postVersions).all()).toHaveLength(2);
  });

  it('keeps the original text of a retracted post, with who retracted it, and refuses edits afterwards', async () => {
    const post = postDocBy(world, 'nurse', patientId, { body: '誤った患者への記録' });
    await push(world, 'nurse', 'posts', [post]);
    const original = await pulledPost('nurse', post.id);
    const before = Date.now();
    await push(
      world,
      'nurse',
      'posts',
      [{ ...original, retractedAt: 1, retractedBy: world.ids.doctor, retractReason: '誤記' }],
      [original],
    );

    const retracted = await pulledPost('doctor', post.id);
    expect(retracted).toMatchObject({
      body: '誤った患者への記録',
      revision: 1,
      retractedBy: world.ids.nurse,
      retractReason: '誤記',
      history: [],
    });
    expect(retracted.retractedAt).toBeGreaterThanOrEqual(before);
    expect(postRows()[0]?.body).toBe('誤った患者への記録');

    const { conflicts } = await push(world, 'nurse', 'posts', [{ ...retracted, body: '書き換え' }], [retracted]);
    expect(conflicts).toMatchObject([{ id: post.id, body: '誤った患者への記録', retractedAt: retracted.retractedAt }]);
    expect(postRows()[0]).toMatchObject({ body: '誤った患者への記録', revision: 1 });
  });

  it('answers an edit of another user’s post with the server’s copy and leaves it untouched', async () => {
    const post = postDocBy(world, 'nurse', patientId, { body: '看護師の記録' });
    await push(world, 'nurse', 'posts', [post]);
    const original = await pulledPost('doctor', post.id);
    const rowBefore = postRows()[0];

    const { conflicts } = await push(world, 'doctor', 'posts', [{ ...original, body: '医師による書き換え' }], [original]);
    expect(conflicts).toEqual([{ ...original, _deleted: false }]);
    expect(postRows()).toEqual([rowBefore]);
    expect(world.db.select().from(postVersions).all()).toEqual([]);

    const { conflicts: retractConflicts } = await push(world, 'doctor', 'posts', [{ ...original, retractedAt: Date.now() }], [original]);
    expect(retractConflicts).toMatchObject([{ id: post.id, retractedAt: null }]);
    expect(postRows()).toEqual([rowBefore]);
    const refusals = world.db.select().from(auditLog).where(eq(auditLog.action, 'sync.pushRefused')).all();
    expect(refusals.map((row) => [row.actorUserId, row.patientId, JSON.parse(row.details ?? '{}').reason])).toEqual([
      [world.ids.doctor, patientId, 'conflict'],
      [world.ids.doctor, patientId, 'conflict'],
    ]);
  });
});
