/** The edges where a pull or push could leak, or stall: found by review, pinned here. */
import { beforeEach, describe, expect, it } from 'vitest';
import { posts } from '@/server/db/schema';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { commentDocBy, postDocBy, pullAll, pullOnce, push } from '@/tests/support/sync-docs';
import { expectAppError } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'caremanager', 'outsider'], ['doctor', 'caremanager']));
  return close;
});

describe('pushing an id one may not read', () => {
  it('answers an outsider who guesses a post or comment id with nothing about it', async () => {
    const secret = postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [world.ids.doctor], body: '告知の件' });
    await push(world, 'nurse', 'posts', [secret]);
    const comment = commentDocBy(world, 'doctor', secret, '承知しました');
    await push(world, 'doctor', 'comments', [comment]);

    for (const person of ['outsider', 'caremanager'] as const) {
      const forged = { ...secret, authorId: world.ids[person], body: 'x' };
      // The answer any post for a team one is not on gets: no copy, no detail.
      expect(await push(world, person, 'posts', [forged])).toEqual({ conflicts: [], refused: [{ id: secret.id, reason: 'noAccess' }] });
      expect(await push(world, person, 'comments', [{ ...comment, authorId: world.ids[person], body: 'x' }])).toEqual({
        conflicts: [],
        refused: [{ id: comment.id, reason: 'noAccess' }],
      });
    }
    expect(world.db.select().from(posts).get()?.body).toBe('告知の件');
  });
});

describe('the team keeps an owner', () => {
  it('refuses the last owner demoting themselves to member', async () => {
    await expectAppError(world.as('nurse').caller.patients.addMember({ patientId, userId: world.ids.nurse, role: 'member' }), 'CONFLICT');
  });
});

describe('after leaving a team', () => {
  it('sends one batch of deletions, without metadata, and nothing written later', async () => {
    const before = postDocBy(world, 'nurse', patientId, { body: '退院前カンファレンス' });
    await push(world, 'nurse', 'posts', [before]);
    const seen = await pullAll(world, 'caremanager', 'posts');
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.caremanager });

    const gone = await pullAll(world, 'caremanager', 'posts', seen.checkpoint);
    expect(gone.documents.map((doc) => [doc.id, doc._deleted, doc.body])).toEqual([[before.id, true, '-']]);

    const later = postDocBy(world, 'nurse', patientId, { body: '退院後の訪問予定' });
    await push(world, 'nurse', 'posts', [later]);
    await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', later)]);
    for (const collection of ['patients', 'members', 'posts', 'comments', 'receipts'] as const) {
      const start = collection === 'posts' ? gone.checkpoint : (await pullAll(world, 'caremanager', collection)).checkpoint;
      expect((await pullAll(world, 'caremanager', collection, start)).documents, collection).toEqual([]);
    }
  });
});

describe('a batch of private posts for others', () => {
  it('does not come back empty with a moved checkpoint (which would stall a device)', async () => {
    const privateOnes = Array.from({ length: 5 }, (_, i) =>
      postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [world.ids.doctor], body: `私信 ${i}` }),
    );
    const open = postDocBy(world, 'nurse', patientId, { body: '全員へ' });
    await push(world, 'nurse', 'posts', [...privateOnes, open]);
    const first = await pullOnce(world, 'caremanager', 'posts', null, 2);
    expect(first.documents.map((doc) => doc.id)).toEqual([open.id]);
  });
});
