/**
 * Photos and documents of posts. The bytes live in the content-addressed store (server/files);
 * a row names the variants by hash. Rows are never deleted.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { attachmentKinds, type FileVariant } from '@/lib/schemas/attachment';
import { facilities } from './organisation';
import { patients } from './patients';
import { posts } from './posts';
import { users } from './users';
import { requiredRef } from './references';

export interface StoredVariant {
  sha256: string;
  size: number;
  mime: string;
  width: number;
  height: number;
}

export const attachments = sqliteTable(
  'attachments',
  {
    id: text('id').primaryKey(),
    postId: requiredRef('post_id', () => posts.id),
    patientId: requiredRef('patient_id', () => patients.id),
    uploadedBy: requiredRef('uploaded_by', () => users.id),
    /** The uploader's facility, whose storage quota the files count against. */
    facilityId: requiredRef('facility_id', () => facilities.id),
    kind: text('kind', { enum: attachmentKinds }).notNull(),
    /** For display and the download's name only; never part of a path. */
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    /** SHA-256 and size of the bytes the device sent: the same upload twice is stored once. */
    uploadSha256: text('upload_sha256').notNull(),
    size: integer('size').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    variants: text('variants', { mode: 'json' }).$type<Partial<Record<FileVariant, StoredVariant>>>().notNull(),
    storedBytes: integer('stored_bytes').notNull(),
    clientCreatedAt: integer('client_created_at').notNull(),
    serverCreatedAt: integer('server_created_at').notNull(),
    seq: integer('seq').notNull(),
  },
  (table) => [
    index('attachments_patient_idx').on(table.patientId, table.seq),
    index('attachments_post_idx').on(table.postId),
    index('attachments_facility_idx').on(table.facilityId),
  ],
);
