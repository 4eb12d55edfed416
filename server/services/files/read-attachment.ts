/**
 * Opens one variant of an attachment for someone who may see its post, and writes the view to
 * the audit log. Anyone else learns nothing, not even that it exists.
 */
import 'server-only';
import type { ReadStream } from 'node:fs';
import { AppError } from '@/lib/errors/app-error';
import type { FileVariant } from '@/lib/schemas/attachment';
import { audit } from '@/server/audit/audit';
import type { ContentStore } from '@/server/files/content-store';
import { findReachablePost } from '@/server/policy/patient-access';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { findAttachment } from './find-attachment';

export interface OpenedFile {
  stream: ReadStream;
  size: number;
  mime: string;
  sha256: string;
  /** For documents: the name to save it under. */
  fileName: string;
  isDocument: boolean;
}

export interface ReadAttachmentInput {
  id: string;
  variant: FileVariant;
  /** The device already holds this version (If-None-Match): only the check and the audit entry. */
  knownSha256?: string | null;
}

export async function readAttachment(
  options: PatientServiceOptions & { store: ContentStore },
  { id, variant, knownSha256 = null }: ReadAttachmentInput,
): Promise<OpenedFile | { notModified: true; sha256: string }> {
  const { db, actor, store } = options;
  const row = findAttachment(db, id);
  if (!row || !findReachablePost(db, actor, row.postId, row.patientId, 'read')) throw new AppError('NOT_FOUND');
  const stored = row.variants[variant];
  if (!stored) throw new AppError('NOT_FOUND');
  audit(options, 'file.viewed', { patientId: row.patientId, details: { attachmentId: id, variant } }, db);
  if (knownSha256 === stored.sha256) return { notModified: true, sha256: stored.sha256 };
  const opened = await store.open(stored.sha256);
  if (!opened) throw new AppError('INTERNAL', { reason: 'fileMissing' });
  return { ...opened, mime: stored.mime, sha256: stored.sha256, fileName: row.fileName, isDocument: variant === 'document' };
}
