/** The patients the administrator's entries name, for the viewer's patient filter. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { auditLog, patients } from '@/server/db/schema';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditScopeOf } from './select-audit-entries';

export function listAuditedPatients({
  db,
  admin,
}: Pick<AdminServiceOptions, 'db' | 'admin'>): Array<{ id: string; name: string; nameKana: string }> {
  return db
    .selectDistinct({ id: patients.id, name: patients.name, nameKana: patients.nameKana })
    .from(auditLog)
    .innerJoin(patients, eq(patients.id, auditLog.patientId))
    .where(auditScopeOf(admin))
    .orderBy(patients.nameKana)
    .all();
}
