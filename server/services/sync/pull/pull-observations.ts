/** Vital signs and wound scores of the user's patients; one written with a private post only to its audience. */
import 'server-only';
import type { Db } from '@/server/db/client';
import { observations } from '@/server/db/schema';
import { observationVisibleSql } from '@/server/policy/form-access';
import { observationTombstone, toObservationDoc } from '@/server/sync/docs/observation-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullObservations(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const rows = iteratePulled(db, window, { table: observations, alias: 'o', visibleTo: observationVisibleSql });
  return endPull(rows, window, emit, toObservationDoc, observationTombstone);
}
