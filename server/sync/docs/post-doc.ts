/**
 * A post as devices hold it, with its earlier versions, and the placeholder a device gets once the
 * user has left the team.
 */
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { PostDoc } from '@/lib/schemas/post';
import type { DbExecutor } from '@/server/db/client';
import { posts, postVersions } from '@/server/db/schema';

type PostRow = typeof posts.$inferSelect;

export function toPostDoc(row: PostRow, history: PostDoc['history']): PostDoc {
  return {
    id: row.id,
    patientId: row.patientId,
    authorId: row.authorId,
    category: row.category,
    body: row.body,
    visibility: row.visibility,
    recipientIds: row.recipientIds,
    clientCreatedAt: row.clientCreatedAt,
    serverCreatedAt: row.serverCreatedAt,
    revision: row.revision,
    editedAt: row.editedAt,
    editedBy: row.editedBy,
    history,
    retractedAt: row.retractedAt,
    retractedBy: row.retractedBy,
    retractReason: row.retractReason,
    updatedAt: row.seq,
  };
}

export function postTombstone(row: Pick<PostRow, 'id' | 'patientId'>): PostDoc {
  return {
    id: row.id,
    patientId: row.patientId,
    authorId: '',
    category: 'message',
    body: '-',
    visibility: 'team',
    recipientIds: [],
    clientCreatedAt: 0,
    serverCreatedAt: null,
    revision: 1,
    editedAt: null,
    editedBy: null,
    history: [],
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    updatedAt: 0,
  };
}

/** The earlier versions of each post, oldest first. */
export function findPostHistories(db: DbExecutor, postIds: string[]): Map<string, PostDoc['history']> {
  const histories = new Map<string, PostDoc['history']>();
  if (postIds.length === 0) return histories;
  const versions = db.select().from(postVersions).where(inArray(postVersions.postId, postIds)).orderBy(postVersions.revision).all();
  for (const v of versions) {
    const list = histories.get(v.postId) ?? [];
    list.push({ revision: v.revision, category: v.category, body: v.body, editedBy: v.editedBy, editedAt: v.editedAt });
    histories.set(v.postId, list);
  }
  return histories;
}

/** The server's current state of a post, as a push answers with it. */
export function findPostDoc(db: DbExecutor, id: string): PostDoc | null {
  const row = db.select().from(posts).where(eq(posts.id, id)).get();
  return row ? toPostDoc(row, findPostHistories(db, [row.id]).get(row.id) ?? []) : null;
}
