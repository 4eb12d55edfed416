/**
 * The audit log (監査ログ). Append-only in the database itself (triggers in a migration refuse
 * UPDATE and DELETE), and each row's hash covers the previous row's, so an edit made behind the
 * triggers' back is found by server/audit/verify-audit-chain.ts.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** The server's clock, in ms. */
    at: integer('at').notNull(),
    /** What the device claimed the time was, when it told us; never trusted for ordering. */
    clientAt: integer('client_at'),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure'] })
      .notNull()
      .default('success'),
    actorUserId: text('actor_user_id'),
    actorLoginId: text('actor_login_id'),
    facilityId: text('facility_id'),
    regionId: text('region_id'),
    patientId: text('patient_id'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    sessionId: text('session_id'),
    deviceId: text('device_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** JSON object with facts specific to the action. */
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_actor_idx').on(table.actorUserId, table.at),
    index('audit_log_patient_idx').on(table.patientId, table.at),
    index('audit_log_facility_idx').on(table.facilityId, table.at),
    index('audit_log_region_idx').on(table.regionId, table.at),
  ],
);
