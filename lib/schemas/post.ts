/**
 * A timeline post (記事). Created on a device, possibly offline; edits keep every prior version
 * and a retraction keeps the original with who retracted it, when and why.
 */
import { z } from 'zod';
import { postCategories } from '@/lib/domain/categories';

export const postVisibilities = ['team', 'private'] as const;
export const postBodyMaxLength = 10_000;
/** Earlier versions a pushed post may carry (the server keeps its own history and never reads the device's). */
export const postHistoryMaxLength = 1000;

export const postVersion = z.object({
  revision: z.number().int().min(1),
  category: z.enum(postCategories),
  body: z.string().max(postBodyMaxLength),
  editedBy: z.string().max(64),
  editedAt: z.number().int(),
});
export type PostVersion = z.infer<typeof postVersion>;

export const postDoc = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  authorId: z.string().max(64),
  category: z.enum(postCategories),
  body: z.string().trim().min(1).max(postBodyMaxLength),
  visibility: z.enum(postVisibilities),
  /** Recipients of a private post (特別便), besides its author. */
  recipientIds: z.array(z.string().max(64)).max(100),
  clientCreatedAt: z.number().int(),
  serverCreatedAt: z.number().int().nullable(),
  revision: z.number().int().min(1),
  editedAt: z.number().int().nullable(),
  editedBy: z.string().max(64).nullable(),
  /** Earlier versions, oldest first. */
  history: z.array(postVersion),
  retractedAt: z.number().int().nullable(),
  retractedBy: z.string().max(64).nullable(),
  retractReason: z.string().max(500).nullable(),
  updatedAt: z.number().int(),
});
export type PostDoc = z.infer<typeof postDoc>;

/**
 * A post as a device pushes it: `postDoc` with its history bounded. `postDoc` itself stays as it is,
 * because it is also the device's RxDB collection schema, and RxDB refuses to open a collection
 * whose schema changed without a migration (lib/offline/collections.ts).
 */
export const pushedPostDoc = postDoc.extend({ history: z.array(postVersion).max(postHistoryMaxLength) });
