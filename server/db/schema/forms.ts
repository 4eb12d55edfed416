/**
 * Forms (様式) of patients, one row per version, and measurements (observations: vital signs and
 * wound scores). A finalised form's row never changes again: a correction is a new row of the same
 * series. Nothing here is deleted; a withdrawn observation is only marked.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { formStatuses, formTemplateIds } from '@/lib/domain/form-templates';
import { observationKinds, type DesignRScore, type VitalSigns } from '@/lib/schemas/observation';
import { patients } from './patients';
import { users } from './users';
import { requiredRef } from './references';

export const forms = sqliteTable(
  'forms',
  {
    id: text('id').primaryKey(),
    patientId: requiredRef('patient_id', () => patients.id),
    template: text('template', { enum: formTemplateIds }).notNull(),
    seriesId: text('series_id').notNull(),
    version: integer('version').notNull(),
    supersedesId: text('supersedes_id'),
    status: text('status', { enum: formStatuses }).notNull(),
    authorId: requiredRef('author_id', () => users.id),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    /** The answers, shaped by the template (lib/forms/templates). */
    content: text('content', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** The timeline post announcing the finalised form; it may reach the server first or not at all. */
    postId: text('post_id'),
    clientCreatedAt: integer('client_created_at').notNull(),
    serverCreatedAt: integer('server_created_at').notNull(),
    finalizedAt: integer('finalized_at'),
    finalizedBy: text('finalized_by'),
    seq: integer('seq').notNull(),
  },
  (table) => [index('forms_patient_idx').on(table.patientId, table.seq), index('forms_series_idx').on(table.seriesId)],
);

export const observations = sqliteTable(
  'observations',
  {
    id: text('id').primaryKey(),
    patientId: requiredRef('patient_id', () => patients.id),
    authorId: requiredRef('author_id', () => users.id),
    kind: text('kind', { enum: observationKinds }).notNull(),
    measuredAt: integer('measured_at').notNull(),
    /** The post it was written with; its audience is the observation's (see server/policy/form-access.ts). */
    postId: text('post_id'),
    attachmentId: text('attachment_id'),
    vitals: text('vitals', { mode: 'json' }).$type<VitalSigns>(),
    woundScore: text('wound_score', { mode: 'json' }).$type<DesignRScore>(),
    clientCreatedAt: integer('client_created_at').notNull(),
    serverCreatedAt: integer('server_created_at').notNull(),
    retractedAt: integer('retracted_at'),
    retractedBy: text('retracted_by'),
    seq: integer('seq').notNull(),
  },
  (table) => [index('observations_patient_idx').on(table.patientId, table.seq)],
);
