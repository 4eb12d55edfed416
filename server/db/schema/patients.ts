/**
 * Patients, their care teams, and the server's change sequence. Every row that syncs carries
 * `seq`: the value of one monotonic counter when it last changed (the pull checkpoint).
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { careTeamRoles } from '@/lib/schemas/care-team';
import { sexes } from '@/lib/schemas/patient';
import { facilities, regions } from './organisation';
import { users } from './users';
import { requiredRef } from './references';

export const syncSequence = sqliteTable('sync_sequence', {
  id: integer('id').primaryKey(),
  value: integer('value').notNull(),
});

export const patients = sqliteTable(
  'patients',
  {
    id: text('id').primaryKey(),
    regionId: requiredRef('region_id', () => regions.id),
    registeredByFacilityId: requiredRef('registered_by_facility_id', () => facilities.id),
    registeredBy: requiredRef('registered_by', () => users.id),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull(),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: sexes }).notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    keyPersonName: text('key_person_name').notNull().default(''),
    keyPersonRelation: text('key_person_relation').notNull().default(''),
    keyPersonPhone: text('key_person_phone').notNull().default(''),
    notes: text('notes').notNull().default(''),
    consentObtainedOn: text('consent_obtained_on'),
    consentRecordedBy: text('consent_recorded_by').references(() => users.id),
    archivedAt: integer('archived_at'),
    createdAt: integer('created_at').notNull(),
    seq: integer('seq').notNull(),
  },
  (table) => [index('patients_region_idx').on(table.regionId), index('patients_seq_idx').on(table.seq)],
);

/** Membership history stays: leaving sets `removedAt`, so devices can be told to forget. */
export const careTeamMembers = sqliteTable(
  'care_team_members',
  {
    patientId: requiredRef('patient_id', () => patients.id),
    userId: requiredRef('user_id', () => users.id),
    role: text('role', { enum: careTeamRoles }).notNull(),
    addedBy: text('added_by').notNull(),
    addedAt: integer('added_at').notNull(),
    removedBy: text('removed_by'),
    removedAt: integer('removed_at'),
    seq: integer('seq').notNull(),
  },
  (table) => [primaryKey({ columns: [table.patientId, table.userId] }), index('care_team_members_user_idx').on(table.userId, table.seq)],
);
