/**
 * Takes a device's pushed documents for one collection in one short transaction (each row checked
 * against the access policy) that also writes their audit entries, then wakes the other devices'
 * live streams.
 */
import 'server-only';
import type { PushRequest, PushResponse } from '@/lib/sync/push';
import { isPushCollection, type PushCollection } from '@/lib/sync/protocol';
import { audit } from '@/server/audit/audit';
import type { DbExecutor } from '@/server/db/client';
import { currentSeq } from '@/server/db/sequence';
import type { Actor } from '@/server/policy/patient-access';
import { queuePushes } from '@/server/push/queue-push';
import { publishChange } from '@/server/sync/change-feed';
import { AppError } from '@/lib/errors/app-error';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { assertSupportedProtocol } from './protocol-guard';
import { pushComment } from './push/push-comment';
import { pushForm } from './push/push-form';
import { pushObservation } from './push/push-observation';
import { deviceHoldsMaster, type PushOutcome } from './push/push-outcome';
import { pushPost } from './push/push-post';
import { pushReceipt } from './push/push-receipt';

type Pusher = (db: DbExecutor, actor: Actor, doc: Record<string, unknown>, now: number) => PushOutcome<object>;

/** One per pushable collection (lib/sync/protocol.ts): the typecheck fails if one is missing. */
const pushers: Record<PushCollection, Pusher> = {
  posts: pushPost,
  comments: pushComment,
  receipts: pushReceipt,
  forms: pushForm,
  observations: pushObservation,
};

export function pushChanges(options: PatientServiceOptions, input: PushRequest): PushResponse<object> {
  const { db, actor, now = new Date() } = options;
  assertSupportedProtocol(input.protocolVersion);
  if (!actor.active) throw new AppError('FORBIDDEN');
  if (!isPushCollection(input.collection)) throw new AppError('FORBIDDEN', { reason: 'readOnlyCollection' });
  const pusher = pushers[input.collection];
  const at = now.getTime();
  const { outcomes, applied } = db.transaction((tx) => {
    const taken = input.rows.map((row) => pusher(tx, actor, row.newDocumentState, at));
    const counts = new Map<string, number>();
    for (const outcome of taken) {
      if (outcome.kind === 'applied') counts.set(outcome.patientId, (counts.get(outcome.patientId) ?? 0) + 1);
      if (outcome.kind === 'applied' && outcome.audit)
        audit(options, outcome.audit.action, { patientId: outcome.patientId, details: outcome.audit.details }, tx);
      if (outcome.kind === 'refused' || outcome.kind === 'conflict') {
        const reason = outcome.kind === 'refused' ? outcome.reason : 'conflict';
        audit(
          options,
          'sync.pushRefused',
          { outcome: 'failure', patientId: outcome.patientId ?? null, details: { collection: input.collection, reason } },
          tx,
        );
      }
    }
    // Pushes commit with the posts and comments they tell of (delivered later: server/push).
    queuePushes(
      tx,
      taken.flatMap((outcome) => (outcome.kind === 'applied' && outcome.notify ? [outcome.notify] : [])),
      at,
    );
    for (const [patientId, count] of counts)
      audit(options, 'sync.pushed', { patientId, details: { collection: input.collection, count } }, tx);
    return { outcomes: taken, applied: counts };
  });
  // A push writes its own collection's rows alone: the other devices pull that collection, not every one.
  if (applied.size > 0) publishChange({ seq: currentSeq(db), patientIds: [...applied.keys()], collections: [input.collection] });
  return {
    conflicts: outcomes.flatMap((outcome, index) => {
      if (outcome.kind === 'refused') return outcome.master ? [{ ...outcome.master, _deleted: false }] : [];
      const pushed = input.rows[index]?.newDocumentState ?? {};
      return outcome.kind === 'conflict' || !deviceHoldsMaster(outcome.master, pushed) ? [{ ...outcome.master, _deleted: false }] : [];
    }),
    refused: outcomes.flatMap((outcome, index) => {
      const id = input.rows[index]?.newDocumentState.id;
      return outcome.kind === 'refused' && typeof id === 'string' ? [{ id, reason: outcome.reason }] : [];
    }),
  };
}
