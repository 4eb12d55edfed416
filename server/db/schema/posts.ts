/**
 * Timeline posts, their prior versions, comments and read receipts. Nothing here is ever
 * deleted: an edit moves the old text to `post_versions`, a retraction only marks the post.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { postCategories } from '@/lib/domain/categories';
import { postVisibilities } from '@/lib/schemas/post';
import { patients } from './patients';
import { users } from './users';
import { requiredRef } from './references';

export const posts = sqliteTable(
  'posts',
  {
    id: text('id').primaryKey(),
    patientId: requiredRef('patient_id', () => patients.id),
    authorId: requiredRef('author_id', () => users.id),
    category: text('category', { enum: postCategories }).notNull(),
    body: text('body').notNull(),
    visibility: text('visibility', { enum: postVisibilities }).notNull(),
    /** JSON array of user ids; empty unless private. */
    recipientIds: text('recipient_ids', { mode: 'json' }).$type<string[]>().notNull(),
    clientCreatedAt: integer('client_created_at').notNull(),
    serverCreatedAt: integer('server_created_at').notNull(),
    revision: integer('revision').notNull().default(1),
    editedAt: integer('edited_at'),
    editedBy: text('edited_by'),
    retractedAt: integer('retracted_at'),
    retractedBy: text('retracted_by'),
    retractReason: text('retract_reason'),
    seq: integer('seq').notNull(),
  },
  (table) => [index('posts_patient_idx').on(table.patientId, table.seq)],
);

export const postVersions = sqliteTable(
  'post_versions',
  {
    postId: requiredRef('post_id', () => posts.id),
    revision: integer('revision').notNull(),
    category: text('category', { enum: postCategories }).notNull(),
    body: text('body').notNull(),
    editedBy: text('edited_by').notNull(),
    editedAt: integer('edited_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.postId, table.revision] })],
);

/** Comments on a post, one level deep. */
export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    postId: requiredRef('post_id', () => posts.id),
    patientId: requiredRef('patient_id', () => patients.id),
    authorId: requiredRef('author_id', () => users.id),
    body: text('body').notNull(),
    clientCreatedAt: integer('client_created_at').notNull(),
    serverCreatedAt: integer('server_created_at').notNull(),
    retractedAt: integer('retracted_at'),
    retractedBy: text('retracted_by'),
    seq: integer('seq').notNull(),
  },
  (table) => [index('comments_patient_idx').on(table.patientId, table.seq), index('comments_post_idx').on(table.postId)],
);

/** 既読: who has seen a post, and when (their device's time of reading, and ours of hearing it). */
export const readReceipts = sqliteTable(
  'read_receipts',
  {
    postId: requiredRef('post_id', () => posts.id),
    userId: requiredRef('user_id', () => users.id),
    patientId: requiredRef('patient_id', () => patients.id),
    readAt: integer('read_at').notNull(),
    receivedAt: integer('received_at').notNull(),
    seq: integer('seq').notNull(),
  },
  (table) => [primaryKey({ columns: [table.postId, table.userId] }), index('read_receipts_patient_idx').on(table.patientId, table.seq)],
);
