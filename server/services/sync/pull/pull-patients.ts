/** The patients whose teams the user is on (and deletions for those they have left). */
import 'server-only';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { DbExecutor } from '@/server/db/client';
import { patients } from '@/server/db/schema';
import { patientTombstone, toPatientDoc } from '@/server/sync/docs/patient-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullPatients(db: DbExecutor, window: PullWindow): PullBatch<PatientDoc> {
  const rows = selectPulled(db, window, { table: patients, alias: 'p', patientId: 'id' });
  return endPull(rows, window.checkpoint, toPatientDoc, patientTombstone);
}
