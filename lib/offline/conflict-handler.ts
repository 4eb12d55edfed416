/**
 * When the server did not take a device's post as sent, the device adopts the server's state.
 * That loses nothing, unlike RxDB's default handler used on its own: our server never drops an
 * author's edit — it keeps every version pushed, concurrent ones included, in the post's history
 * (server/services/sync/push/push-posts.ts) — and answers with a conflict only for changes the
 * user may not make (someone else's post, an archived patient), whose master is the truth.
 */
import 'client-only';
import type { RxConflictHandler } from 'rxdb';
import { deepEqual } from 'rxdb/plugins/utils';
import type { PostDoc } from '@/lib/schemas/post';

/** The fields that matter; RxDB's bookkeeping (_rev, _meta) is not part of a post. */
function content(doc: PostDoc & { _deleted?: boolean }) {
  const { id, body, category, revision, history, retractedAt, retractReason, updatedAt, serverCreatedAt, recipientIds, visibility } = doc;
  return {
    id,
    body,
    category,
    revision,
    history,
    retractedAt,
    retractReason,
    updatedAt,
    serverCreatedAt,
    recipientIds,
    visibility,
    deleted: Boolean(doc._deleted),
  };
}

export const postConflictHandler: RxConflictHandler<PostDoc> = {
  isEqual: (a, b) => deepEqual(content(a), content(b)),
  resolve: async ({ realMasterState }) => realMasterState,
};
