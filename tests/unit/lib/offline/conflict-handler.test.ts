/** The posts' conflict handler: RxDB's bookkeeping never counts as a difference; the server's state wins. */
import { describe, expect, it } from 'vitest';
import { postConflictHandler } from '@/lib/offline/conflict-handler';
import type { PostDoc } from '@/lib/schemas/post';

const post: PostDoc = {
  id: '6f1d1c1e-2d8a-4a8e-9d3a-1b2c3d4e5f60',
  patientId: '7f1d1c1e-2d8a-4a8e-9d3a-1b2c3d4e5f60',
  authorId: 'nurse',
  category: 'message',
  body: '訪問は15時',
  visibility: 'team',
  recipientIds: [],
  clientCreatedAt: 1,
  serverCreatedAt: 2,
  revision: 1,
  editedAt: null,
  editedBy: null,
  history: [],
  retractedAt: null,
  retractedBy: null,
  retractReason: null,
  updatedAt: 3,
};
const stored = (doc: PostDoc, bookkeeping: Record<string, unknown> = {}) => ({ ...doc, _deleted: false, ...bookkeeping }) as never;

describe('postConflictHandler', () => {
  it('sees two states that differ only in RxDB bookkeeping as equal', () => {
    expect(
      postConflictHandler.isEqual(
        stored(post, { _rev: '1-a', _meta: { lwt: 1 } }),
        stored(post, { _rev: '2-b', _meta: { lwt: 2 } }),
        'test',
      ),
    ).toBe(true);
  });

  it('sees a different text, history, retraction or server stamp as a difference', () => {
    for (const change of [{ body: '訪問は16時' }, { revision: 2 }, { retractedAt: 9 }, { updatedAt: 0 }, { recipientIds: ['doctor'] }]) {
      expect(postConflictHandler.isEqual(stored(post), stored({ ...post, ...change }), 'test')).toBe(false);
    }
    expect(postConflictHandler.isEqual(stored(post), stored(post, { _deleted: true }), 'test')).toBe(false);
  });

  it("resolves to the server's state", async () => {
    const master = stored({ ...post, body: 'サーバー', revision: 2 });
    const resolved = await postConflictHandler.resolve(
      { newDocumentState: stored(post), realMasterState: master, assumedMasterState: stored(post) },
      'test',
    );
    expect(resolved).toBe(master);
  });
});
