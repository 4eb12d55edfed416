/**
 * Answers a device's pull for one collection: only what the access policy lets the user see,
 * after the device's checkpoint. Every patient whose data is returned is written to the audit log.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { PullRequest, PullResponse } from '@/lib/sync/pull';
import type { SyncCollection } from '@/lib/sync/protocol';
import { audit } from '@/server/audit/audit';
import type { DbExecutor } from '@/server/db/client';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { assertSupportedProtocol } from './protocol-guard';
import { pullAttachments } from './pull/pull-attachments';
import { pullComments } from './pull/pull-comments';
import { pullForms } from './pull/pull-forms';
import { pullMembers } from './pull/pull-members';
import { pullObservations } from './pull/pull-observations';
import { pullPatients } from './pull/pull-patients';
import { pullPosts } from './pull/pull-posts';
import type { PullBatch, PullWindow } from './pull/pull-query';
import { pullReceipts } from './pull/pull-receipts';

type Puller = (db: DbExecutor, window: PullWindow) => PullBatch<object>;

const pullers: Record<SyncCollection, Puller> = {
  patients: pullPatients,
  members: pullMembers,
  posts: pullPosts,
  comments: pullComments,
  receipts: pullReceipts,
  attachments: pullAttachments,
  forms: pullForms,
  observations: pullObservations,
};

export function pullChanges(options: PatientServiceOptions, input: PullRequest): PullResponse<object> {
  const { db, actor } = options;
  assertSupportedProtocol(input.protocolVersion);
  if (!actor.active) throw new AppError('FORBIDDEN');
  // One snapshot: the documents and the checkpoint come from the same state.
  const result = db.transaction(
    (tx) => pullers[input.collection](tx, { userId: actor.userId, checkpoint: input.checkpoint, limit: input.batchSize }),
    {
      behavior: 'deferred',
    },
  );
  // A reading changes nothing: its entries get their own (write) transaction, after the read snapshot.
  if (result.patientIds.length > 0) {
    db.transaction((tx) => {
      for (const patientId of result.patientIds) {
        const count = result.documents.filter((doc) =>
          'patientId' in doc ? doc.patientId === patientId : 'id' in doc && doc.id === patientId,
        ).length;
        audit(options, 'sync.pulled', { patientId, details: { collection: input.collection, count } }, tx);
      }
    });
  }
  return { documents: result.documents, checkpoint: result.checkpoint };
}
