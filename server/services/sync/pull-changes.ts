/**
 * Answers a device's pull for one collection: only what the access policy lets the user see,
 * after the device's checkpoint. Every patient whose data is returned is written to the audit log.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import type { PullRequest, PullResponse } from '@/lib/sync/pull';
import type { SyncCollection } from '@/lib/sync/protocol';
import { auditEach } from '@/server/audit/audit';
import type { Db } from '@/server/db/client';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { assertSupportedProtocol } from './protocol-guard';
import { pullAttachments } from './pull/pull-attachments';
import { pullComments } from './pull/pull-comments';
import { pullForms } from './pull/pull-forms';
import { pullMembers } from './pull/pull-members';
import { pullObservations } from './pull/pull-observations';
import { pullPatients } from './pull/pull-patients';
import { pullPosts } from './pull/pull-posts';
import type { PullEnd, PullSink, PullWindow } from './pull/pull-query';
import { pullReceipts } from './pull/pull-receipts';

type Puller = (db: Db, window: PullWindow, emit: PullSink) => PullEnd;

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
  const documents: PullResponse<object>['documents'] = [];
  const checkpoint = pullChangesInto(options, input, (document) => documents.push(document));
  return { documents, checkpoint };
}

/**
 * The same pull, each document handed to `emit` as it is read (GET /api/sync/pull writes it
 * straight into the answer's JSON); returns the checkpoint after them. Nothing is audited, and no
 * answer may be sent, unless this returns.
 */
export function pullChangesInto(options: PatientServiceOptions, input: PullRequest, emit: PullSink): SyncCheckpoint | null {
  const { db, actor } = options;
  assertSupportedProtocol(input.protocolVersion);
  if (!actor.active) throw new AppError('FORBIDDEN');
  // One snapshot: the documents and the checkpoint come from the same state.
  const end = db.transaction(
    () => pullers[input.collection](db, { userId: actor.userId, checkpoint: input.checkpoint, limit: input.batchSize }, emit),
    { behavior: 'deferred' },
  );
  // A reading changes nothing: its entries get their own (write) transaction, after the read snapshot.
  if (end.countsByPatient.size > 0) {
    const pulled = [...end.countsByPatient].map(([patientId, count]) => ({ patientId, details: { collection: input.collection, count } }));
    db.transaction((tx) => auditEach(options, 'sync.pulled', pulled, tx));
  }
  return end.checkpoint;
}
