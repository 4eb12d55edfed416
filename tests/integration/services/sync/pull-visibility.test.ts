import { beforeEach, describe, expect, it } from 'vitest';
import { syncCollections, type SyncCollection } from '@/lib/sync/protocol';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import { openTeamWorld, patientInput, type CareTeamWorld } from '@/tests/support/care-team-world';
import { commentDocBy, postDocBy, pullAll, push, receiptDocBy, expectAcknowledged } from '@/tests/support/sync-docs';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'caremanager'], ['doctor']));
  return close;
});

const idsOf = (documents: Array<{ id: string }>) => documents.map((doc) => doc.id).sort();

describe('private posts (特別便)', () => {
  it('reach the author and the recipients, not the rest of the team — nor do their comments and receipts', async () => {
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager });
    const secret = postDocBy(world, 'nurse', patientId, {
      visibility: 'private',
      recipientIds: [world.ids.doctor, world.ids.outsider],
      body: '主治医のみ: 告知の件',
    });
    const open = postDocBy(world, 'nurse', patientId, { body: '全員へ: 明日の訪問' });
    await push(world, 'nurse', 'posts', [secret, open]);
    const comment = commentDocBy(world, 'doctor', secret, '承知しました、告知は来週に');
    expectAcknowledged(await push(world, 'doctor', 'comments', [comment]), [comment]);
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', secret)]);
    await push(world, 'caremanager', 'receipts', [receiptDocBy(world, 'caremanager', open)]);

    for (const person of ['nurse', 'doctor'] as const) {
      const posts = (await pullAll(world, person, 'posts')).documents;
      expect(idsOf(posts), person).toEqual(idsOf([secret, open]));
      // Recipients who are not on the team are dropped.
      expect(posts.find((doc) => doc.id === secret.id)?.recipientIds).toEqual([world.ids.doctor]);
      expect(idsOf((await pullAll(world, person, 'comments')).documents)).toEqual([comment.id]);
      expect((await pullAll(world, person, 'receipts')).documents).toHaveLength(2);
    }

    const seenByCareManager = await Promise.all(syncCollections.map((collection) => pullAll(world, 'caremanager', collection)));
    const [, , posts, comments, receipts] = seenByCareManager.map((result) => result.documents);
    expect(idsOf(posts ?? [])).toEqual([open.id]);
    expect(comments).toEqual([]);
    expect((receipts ?? []).map((doc) => doc.postId)).toEqual([open.id]);
    expect(JSON.stringify(seenByCareManager)).not.toContain('告知');
  });

  it('cannot be commented on or receipted by a member who is not a recipient', async () => {
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager });
    const secret = postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [world.ids.doctor] });
    await push(world, 'nurse', 'posts', [secret]);
    await push(world, 'caremanager', 'comments', [commentDocBy(world, 'caremanager', secret)]);
    await push(world, 'caremanager', 'receipts', [receiptDocBy(world, 'caremanager', secret)]);
    expect((await pullAll(world, 'nurse', 'comments')).documents).toEqual([]);
    expect((await pullAll(world, 'nurse', 'receipts')).documents).toEqual([]);
  });
});

describe('joining and leaving a team', () => {
  const bodies = ['褥瘡 2cm、発赤あり', '血圧 148/90', '家族より: 食欲低下'];

  async function writeHistory() {
    const posts = bodies.map((body) => postDocBy(world, 'nurse', patientId, { body }));
    await push(world, 'nurse', 'posts', posts);
    const firstPost = posts[0] ?? posts.at(-1);
    if (!firstPost) throw new Error('no posts');
    await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', firstPost, '軟膏を変更します')]);
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', firstPost)]);
    return posts;
  }

  it('brings the whole history to a new member, from scratch and from a checkpoint taken before joining', async () => {
    // The care manager already syncs a patient of their own, so has real checkpoints.
    const own = await world.as('caremanager').caller.patients.register({ ...patientInput, name: '鈴木 三郎', nameKana: 'スズキ サブロウ' });
    await push(world, 'caremanager', 'posts', [postDocBy(world, 'caremanager', own.id, { body: '自分の利用者' })]);
    const before = await pullAll(world, 'caremanager', 'posts');
    expect(before.documents).toHaveLength(1);

    const posts = await writeHistory();
    expect((await pullAll(world, 'caremanager', 'posts', before.checkpoint)).documents).toEqual([]);
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager });

    const sinceJoin = await pullAll(world, 'caremanager', 'posts', before.checkpoint, 2);
    expect(idsOf(sinceJoin.documents)).toEqual(idsOf(posts));
    expect(sinceJoin.documents.map((doc) => doc.body).sort()).toEqual([...bodies].sort());
    const fromScratch = await pullAll(world, 'caremanager', 'posts');
    expect(fromScratch.documents).toHaveLength(4);
    expect((await pullAll(world, 'caremanager', 'comments')).documents.map((doc) => doc.body)).toEqual(['軟膏を変更します']);
    expect((await pullAll(world, 'caremanager', 'receipts')).documents).toHaveLength(1);
    expect(idsOf((await pullAll(world, 'caremanager', 'patients')).documents)).toEqual([own.id, patientId].sort());
    expect((await pullAll(world, 'caremanager', 'members')).documents.filter((doc) => doc.patientId === patientId)).toHaveLength(3);
  });

  it('turns the patient and everything of it into tombstones for a member who left, without the text', async () => {
    const posts = await writeHistory();
    await world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.caremanager });
    const checkpoints = {} as Record<SyncCollection, SyncCheckpoint | null>;
    for (const collection of syncCollections) {
      const pulled = await pullAll(world, 'caremanager', collection);
      expect(
        pulled.documents.every((doc) => !doc._deleted),
        collection,
      ).toBe(true);
      checkpoints[collection] = pulled.checkpoint;
    }

    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.caremanager });
    const after = {} as Record<SyncCollection, Array<{ id: string; _deleted: boolean }>>;
    for (const collection of syncCollections)
      after[collection] = (await pullAll(world, 'caremanager', collection, checkpoints[collection])).documents;

    expect(after.patients.map((doc) => [doc.id, doc._deleted])).toEqual([[patientId, true]]);
    expect(idsOf(after.posts)).toEqual(idsOf(posts));
    expect(after.comments).toHaveLength(1);
    expect(after.receipts).toHaveLength(1);
    expect(after.members).toHaveLength(3);
    for (const collection of syncCollections)
      expect(
        after[collection].every((doc) => doc._deleted),
        collection,
      ).toBe(true);

    const leaked = JSON.stringify(after);
    for (const text of [...bodies, '軟膏を変更します', '山田', 'ケア市1-2-3']) expect(leaked).not.toContain(text);
    // Still on the team, the doctor keeps seeing everything.
    expect((await pullAll(world, 'doctor', 'posts')).documents.every((doc) => !doc._deleted)).toBe(true);
  });
});
