/**
 * Answers a device's pull for one collection: only what the access policy lets the user see,
 * after the device's checkpoint. Every patient whose data is returned is written to the audit log.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { PullRequest, PullResponse } from '@/lib/sync/pull';
import type { SyncCollection } from '@/lib/sync/protocol';
import { appendAuditEntries } from '@/server/audit/append-audit-entry';
import type { DbExecutor } from '@/server/db/client';
import { assertSupportedProtocol } from './protocol-guard';
import { pullAttachments } from './pull/pull-attachments';
import { pullComments } from './pull/pull-comments';
import { pullMembers } from './pull/pull-members';
import { pullPatients } from './pull/pull-patients';
import { pullPosts } from './pull/pull-posts';
import type { PullBatch, PullWindow } from './pull/pull-query';
import { pullReceipts } from './pull/pull-receipts';
import type { PatientServiceOptions } from '@/server/services/service-options';

type Puller = (db: DbExecutor, window: PullWindow) => PullBatch<object>;

const pullers: Record<SyncCollection, Puller> = {
  patients: pullPatients,
  members: pullMembers,
  posts: pullPosts,
  comments: pullComments,
  receipts: pullReceipts,
  attachments: pullAttachments,
};

export function pullChanges({ db, actor, audit, now = new Date() }: PatientServiceOptions, input: PullRequest): PullResponse<object> {
  assertSupportedProtocol(input.protocolVersion);
  if (!actor.active) throw new AppError('FORBIDDEN');
  // One snapshot: the documents and the checkpoint come from the same state.
  const result = db.transaction(
    (tx) => pullers[input.collection](tx, { userId: actor.userId, checkpoint: input.checkpoint, limit: input.batchSize }),
    {
      behavior: 'deferred',
    },
  );
  appendAuditEntries(
    db,
    result.patientIds.map((patientId) => ({
      action: 'sync.pulled',
      actor: audit.actor,
      patientId,
      request: audit.request,
      details: {
        collection: input.collection,
        count: result.documents.filter((doc) => ('patientId' in doc ? doc.patientId === patientId : 'id' in doc && doc.id === patientId))
          .length,
      },
    })),
    now.getTime(),
  );
  return { documents: result.documents, checkpoint: result.checkpoint };
}
