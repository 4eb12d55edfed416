import { beforeEach, describe, expect, it } from 'vitest';
import type { PostDoc } from '@/lib/schemas/post';
import { comments, readReceipts } from '@/server/db/schema';
import { registerTeam, seedCareTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { commentDocBy, postDocBy, pullAll, push, receiptDocBy, expectAcknowledged } from '@/tests/support/sync-docs';
import { openTestDatabase } from '@/tests/support/test-database';

let world: CareTeamWorld;
let post: PostDoc;
beforeEach(async () => {
  const test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  await signIn(world, 'nurse', 'doctor');
  const patientId = await registerTeam(world, ['doctor']);
  post = postDocBy(world, 'nurse', patientId, { body: '発熱 37.8℃' });
  await push(world, 'nurse', 'posts', [post]);
  return test.close;
});

const commentRows = () => world.db.select().from(comments).all();
const receiptRows = () => world.db.select().from(readReceipts).all();

describe('comments', () => {
  it('are stored once however often pushed, and reach the team with the server’s time', async () => {
    const comment = commentDocBy(world, 'doctor', post, '解熱剤を処方します');
    const before = Date.now();
    expectAcknowledged(await push(world, 'doctor', 'comments', [comment, comment]), [comment, comment]);
    expectAcknowledged(await push(world, 'doctor', 'comments', [comment]), [comment]);
    expect(commentRows()).toHaveLength(1);

    const [pulled] = (await pullAll(world, 'nurse', 'comments')).documents;
    expect(pulled).toEqual({ ...comment, serverCreatedAt: expect.any(Number), updatedAt: expect.any(Number), _deleted: false });
    expect(pulled?.serverCreatedAt).toBeGreaterThanOrEqual(before);
  });

  it('may be retracted by their author only; the text stays', async () => {
    const comment = commentDocBy(world, 'doctor', post, '誤って投稿');
    await push(world, 'doctor', 'comments', [comment]);

    const byOther = await push(world, 'nurse', 'comments', [{ ...comment, retractedAt: Date.now() }]);
    expect(byOther.conflicts).toMatchObject([{ id: comment.id, body: '誤って投稿', retractedAt: null }]);
    expect(commentRows()[0]?.retractedAt).toBeNull();

    const edit = await push(world, 'doctor', 'comments', [{ ...comment, body: '書き換え' }]);
    expect(edit.conflicts).toMatchObject([{ id: comment.id, body: '誤って投稿' }]);

    expectAcknowledged(await push(world, 'doctor', 'comments', [{ ...comment, retractedAt: Date.now() }]), [
      { ...comment, retractedAt: Date.now() },
    ]);
    expect(commentRows()[0]).toMatchObject({ body: '誤って投稿', retractedBy: world.ids.doctor, retractedAt: expect.any(Number) });
    const [pulled] = (await pullAll(world, 'nurse', 'comments')).documents;
    expect(pulled).toMatchObject({ body: '誤って投稿', retractedBy: world.ids.doctor, _deleted: false });
  });

  it('are refused in someone else’s name, on an unknown post, or from outside the team', async () => {
    await signIn(world, 'outsider');
    await push(world, 'nurse', 'comments', [commentDocBy(world, 'doctor', post)]);
    await push(world, 'nurse', 'comments', [commentDocBy(world, 'nurse', { ...post, id: crypto.randomUUID() })]);
    await push(world, 'outsider', 'comments', [commentDocBy(world, 'outsider', post)]);
    expect(commentRows()).toEqual([]);
  });
});

describe('read receipts (既読)', () => {
  it('are stored once, keeping the first reading, and reach the team', async () => {
    const first = receiptDocBy(world, 'doctor', post, Date.now() - 1000);
    expectAcknowledged(await push(world, 'doctor', 'receipts', [first]), [first]);
    expectAcknowledged(await push(world, 'doctor', 'receipts', [{ ...first, readAt: Date.now() }]), [{ ...first, readAt: Date.now() }]);
    expect(receiptRows()).toHaveLength(1);

    const [pulled] = (await pullAll(world, 'nurse', 'receipts')).documents;
    expect(pulled).toMatchObject({ id: `${post.id}:${world.ids.doctor}`, postId: post.id, userId: world.ids.doctor, _deleted: false });
    expect(pulled?.readAt).toBe(receiptRows()[0]?.readAt);
  });

  it('are refused for another user, or under an id that is not <postId>:<userId>', async () => {
    const forNurse = receiptDocBy(world, 'nurse', post);
    await push(world, 'doctor', 'receipts', [forNurse]);
    await push(world, 'doctor', 'receipts', [{ ...receiptDocBy(world, 'doctor', post), id: 'something-else' }]);
    expect(receiptRows()).toEqual([]);
  });

  it('clamp the reading time between the post’s arrival and now', async () => {
    const [stored] = (await pullAll(world, 'nurse', 'posts')).documents;
    const serverCreatedAt = stored?.serverCreatedAt as number;
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, Date.now() + 86_400_000)]);
    const after = Date.now();
    await push(world, 'nurse', 'receipts', [receiptDocBy(world, 'nurse', post, serverCreatedAt - 3_600_000)]);

    const readAtOf = (userId: string) => receiptRows().find((row) => row.userId === userId)?.readAt;
    expect(readAtOf(world.ids.doctor)).toBeGreaterThanOrEqual(serverCreatedAt);
    expect(readAtOf(world.ids.doctor)).toBeLessThanOrEqual(after);
    expect(readAtOf(world.ids.nurse)).toBe(serverCreatedAt);
  });
});
