/**
 * What facilities ask of the region: to join (施設登録申請) and to leave (利用廃止申請). Decided by
 * the region administrator; kept after the decision.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { facilityKinds, professions } from '@/lib/domain/roles';
import { facilities, regions } from './organisation';
import { users } from './users';
import { requiredRef } from './references';

export const applicationStatuses = ['pending', 'approved', 'rejected'] as const;

export const facilityApplications = sqliteTable(
  'facility_applications',
  {
    id: text('id').primaryKey(),
    regionId: requiredRef('region_id', () => regions.id),
    facilityName: text('facility_name').notNull(),
    facilityNameKana: text('facility_name_kana'),
    prefecture: text('prefecture').notNull(),
    municipality: text('municipality').notNull(),
    kind: text('kind', { enum: facilityKinds }).notNull(),
    contactFamilyName: text('contact_family_name').notNull(),
    contactGivenName: text('contact_given_name').notNull(),
    contactFamilyNameKana: text('contact_family_name_kana').notNull(),
    contactGivenNameKana: text('contact_given_name_kana').notNull(),
    profession: text('profession', { enum: professions }).notNull(),
    email: text('email').notNull(),
    /** Lower-cased; unique among accounts and pending applications. */
    loginId: text('login_id').notNull(),
    /** argon2id of the password the applicant chose; it becomes the administrator's on approval. */
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: applicationStatuses }).notNull().default('pending'),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
    submittedIp: text('submitted_ip'),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedBy: text('decided_by').references(() => users.id),
    rejectionReason: text('rejection_reason'),
    /** The facility created on approval. */
    facilityId: text('facility_id').references(() => facilities.id),
  },
  (table) => [
    index('facility_applications_region_idx').on(table.regionId, table.status),
    index('facility_applications_login_idx').on(table.loginId),
  ],
);

/**
 * Every submission from a region's portal that passed its schema, kept apart from the applications
 * (which only accepted ones become) so the limit per IP counts refused ones too, and is counted
 * and recorded in one synchronous step before the slow password hash.
 */
export const portalSubmissions = sqliteTable(
  'portal_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ip: text('ip').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('portal_submissions_ip_idx').on(table.ip, table.at)],
);

export const withdrawalStatuses = ['pending', 'completed', 'cancelled'] as const;

export const withdrawalRequests = sqliteTable(
  'withdrawal_requests',
  {
    id: text('id').primaryKey(),
    facilityId: requiredRef('facility_id', () => facilities.id),
    reason: text('reason').notNull(),
    /** The day the facility wishes to stop (YYYY-MM-DD, Japan). */
    desiredDate: text('desired_date'),
    status: text('status', { enum: withdrawalStatuses }).notNull().default('pending'),
    requestedBy: requiredRef('requested_by', () => users.id),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('withdrawal_requests_facility_idx').on(table.facilityId, table.status)],
);
