/**
 * Photos and documents attached to a post (添付). A photo has a kind — what it shows — which
 * decides how it is processed (FAX and notebook pages also get a legibility variant).
 */
import { z } from 'zod';
import type { PostCategory } from '@/lib/domain/categories';

export const photoKinds = ['wound', 'fax', 'notebook', 'medicalImage', 'other'] as const;
export type PhotoKind = (typeof photoKinds)[number];
export const attachmentKinds = [...photoKinds, 'document'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/** What the server keeps of a photo: each an image of its own, all free of metadata. */
export const imageVariants = ['thumb', 'display', 'original', 'legible'] as const;
export type ImageVariant = (typeof imageVariants)[number];
export const fileVariants = [...imageVariants, 'document'] as const;
export type FileVariant = (typeof fileVariants)[number];

/** Longest side of a photo as the device stores and sends it. */
export const deviceMaxImageSide = 2560;
/** A photo with more pixels is refused before it is decoded (on the device and on the server). */
export const maxImagePixels = 100_000_000;
export const maxPhotoBytes = 25 * 1024 * 1024;
export const maxDocumentBytes = 50 * 1024 * 1024;
export const fileNameMaxLength = 200;

export const attachmentDoc = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  patientId: z.uuid(),
  uploadedBy: z.string().max(64),
  kind: z.enum(attachmentKinds),
  fileName: z.string().max(fileNameMaxLength),
  /** The type of what the user attached, read from its bytes (the served variants have their own). */
  mime: z.string().max(100),
  size: z.number().int().min(0),
  /** Upright dimensions of a photo; 0 for documents. */
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  variants: z.array(z.enum(fileVariants)).max(fileVariants.length),
  clientCreatedAt: z.number().int(),
  serverCreatedAt: z.number().int().nullable(),
  updatedAt: z.number().int(),
});
export type AttachmentDoc = z.infer<typeof attachmentDoc>;

/** What the device says about an upload; the bytes come as the request body. */
export const uploadMeta = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  patientId: z.uuid(),
  kind: z.enum(attachmentKinds),
  fileName: z.string().trim().max(fileNameMaxLength),
  sha256: z
    .string()
    .length(64)
    .regex(/^[0-9a-f]{64}$/),
  clientCreatedAt: z.number().int().min(0),
});
export type UploadMeta = z.infer<typeof uploadMeta>;

/** The kind a new photo gets from its post's category; the user can change it. */
export function defaultPhotoKind(category: PostCategory): PhotoKind {
  if (category === 'fax') return 'fax';
  if (category === 'photo' || category === 'clinical' || category === 'care' || category === 'vitals') return 'wound';
  return 'other';
}

export function attachmentUrl(id: string, variant: FileVariant): string {
  return `/api/files/${id}/${variant}`;
}
