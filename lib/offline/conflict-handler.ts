/**
 * When the server did not take a device's post as sent, the device adopts the server's state.
 * That loses nothing: the server never drops an author's edit — it keeps every version pushed,
 * concurrent ones included, in the post's history (server/services/sync/push/push-post.ts) — and
 * a change it cannot take (a post retracted meanwhile, an archived record) comes back refused as
 * well, so the device keeps the text the user wrote beside the server's copy (mutators.ts,
 * `recordRefusals`). Otherwise the master differs only by what the server stamps (its times,
 * revision, history), which the device should hold.
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
