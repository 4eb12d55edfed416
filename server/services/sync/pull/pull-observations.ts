/** Vital signs and wound scores of the user's patients; one written with a private post only to its audience. */
import 'server-only';
import type { ObservationDoc } from '@/lib/schemas/observation';
import type { DbExecutor } from '@/server/db/client';
import { observations } from '@/server/db/schema';
import { observationVisibleSql } from '@/server/policy/form-access';
import { observationTombstone, toObservationDoc } from '@/server/sync/docs/observation-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullObservations(db: DbExecutor, window: PullWindow): PullBatch<ObservationDoc> {
  const rows = selectPulled(db, window, { table: observations, alias: 'o', visibleTo: observationVisibleSql });
  return endPull(rows, window.checkpoint, toObservationDoc, observationTombstone);
}
