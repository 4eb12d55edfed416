/** A comment as devices hold it, and the placeholder a device gets once the user has left the team. */
import 'server-only';
import type { CommentDoc } from '@/lib/schemas/comment';
import type { comments } from '@/server/db/schema';

type CommentRow = typeof comments.$inferSelect;

export function toCommentDoc(row: CommentRow): CommentDoc {
  return {
    id: row.id,
    postId: row.postId,
    patientId: row.patientId,
    authorId: row.authorId,
    body: row.body,
    clientCreatedAt: row.clientCreatedAt,
    serverCreatedAt: row.serverCreatedAt,
    retractedAt: row.retractedAt,
    retractedBy: row.retractedBy,
    updatedAt: row.seq,
  };
}

export function commentTombstone(row: Pick<CommentRow, 'id' | 'postId' | 'patientId'>): CommentDoc {
  return {
    id: row.id,
    postId: row.postId,
    patientId: row.patientId,
    authorId: '',
    body: '-',
    clientCreatedAt: 0,
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: 0,
  };
}
