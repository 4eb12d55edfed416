/** The patients whose teams the user is on (and deletions for those they have left). */
import 'server-only';
import type { Db } from '@/server/db/client';
import { patients } from '@/server/db/schema';
import { patientTombstone, toPatientDoc } from '@/server/sync/docs/patient-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullPatients(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const rows = iteratePulled(db, window, { table: patients, alias: 'p', patientId: 'id' });
  return endPull(rows, window, emit, toPatientDoc, patientTombstone);
}
