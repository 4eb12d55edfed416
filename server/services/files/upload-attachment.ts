/**
 * Receives a photo or document for a post. The bytes stream to a temp file under a size limit and
 * are never held whole in memory: their type comes from the file's signature; a photo waits its
 * turn for the image pipeline holding only its path, then becomes its metadata-free variants (the
 * upload itself, GPS and all, is never kept); a document's temp file is moved into the store as
 * sent. The same upload twice (a retry, a duplicated request) stores one attachment and answers
 * both alike.
 */
import 'server-only';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { maxDocumentBytes, maxPhotoBytes, type AttachmentDoc, type FileVariant, type UploadMeta } from '@/lib/schemas/attachment';
import { audit } from '@/server/audit/audit';
import type { DbExecutor } from '@/server/db/client';
import { attachments, type StoredVariant } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { chunksOf, type ByteSource } from '@/server/files/byte-chunks';
import { detectFileType } from '@/server/files/detect-file-type';
import { appErrorOf } from '@/server/files/file-refusal';
import { processImage } from '@/server/files/process-image';
import type { ImageKind } from '@/server/files/image-variants';
import { writeTempFile } from '@/server/files/write-temp-file';
import { assertPatientAccess, findReachablePost } from '@/server/policy/patient-access';
import { publishChange } from '@/server/sync/change-feed';
import { toAttachmentDoc } from '@/server/sync/docs/attachment-doc';
import type { FileServiceOptions } from '@/server/services/service-options';
import { findAttachment } from './find-attachment';

const imageKindOf = (kind: UploadMeta['kind']): ImageKind => (kind === 'fax' || kind === 'notebook' ? kind : 'photo');

function facilityStoredBytes(db: DbExecutor, facilityId: string): number {
  return (
    db
      .select({ total: sql<number>`coalesce(sum(${attachments.storedBytes}), 0)` })
      .from(attachments)
      .where(eq(attachments.facilityId, facilityId))
      .get()?.total ?? 0
  );
}

/** A stored row for this id: the same upload again answers with it; anything else is a conflict. */
function sameUpload(options: FileServiceOptions, meta: UploadMeta): AttachmentDoc | null {
  const existing = findAttachment(options.db, meta.id);
  if (!existing) return null;
  if (existing.uploadedBy !== options.actor.userId || existing.uploadSha256 !== meta.sha256 || existing.postId !== meta.postId) {
    throw new AppError('CONFLICT', { reason: 'attachmentIdTaken' });
  }
  return toAttachmentDoc(existing);
}

function assertMayAttach(options: FileServiceOptions, meta: UploadMeta): void {
  const { db, actor } = options;
  if (!actor.active) throw new AppError('FORBIDDEN');
  assertPatientAccess(db, actor, meta.patientId, 'write');
  const post = findReachablePost(db, actor, meta.postId, meta.patientId, 'write');
  // The post syncs on its own; the device sends its files once the post is through.
  if (!post) throw new AppError('CONFLICT', { reason: 'postNotOnServer' });
  if (post.authorId !== actor.userId) throw new AppError('FORBIDDEN', { reason: 'notAuthor' });
}

export async function uploadAttachment(options: FileServiceOptions, meta: UploadMeta, body: ByteSource): Promise<AttachmentDoc> {
  const { db, actor, store, now = new Date() } = options;
  assertMayAttach(options, meta);
  const again = sameUpload(options, meta);
  if (again) return again;
  if (facilityStoredBytes(db, actor.facilityId) >= options.facilityQuotaBytes) throw new AppError('QUOTA_EXCEEDED');

  const isDocument = meta.kind === 'document';
  const temp = await writeTempFile(path.join(store.root, 'tmp'), chunksOf(body), isDocument ? maxDocumentBytes : maxPhotoBytes).catch(
    async (error: unknown) => {
      throw error instanceof AppError ? error : new AppError('INVALID_INPUT', { reason: 'uploadInterrupted' }, { cause: error });
    },
  );
  if ('ok' in temp) throw appErrorOf(temp);
  try {
    if (temp.sha256 !== meta.sha256) throw new AppError('INVALID_INPUT', { reason: 'checksumMismatch' });
    const type = await detectFileType({ path: temp.path }, isDocument ? 'document' : 'photo');
    if (!type.ok) throw appErrorOf(type);

    const variants: Partial<Record<FileVariant, StoredVariant>> = {};
    let width = 0;
    let height = 0;
    if (isDocument) {
      const stored = await store.adopt(temp);
      variants.document = { ...stored, mime: type.mime, width: 0, height: 0 };
    } else {
      const image = await processImage({ path: temp.path }, { kind: imageKindOf(meta.kind) });
      if (!image.ok) throw appErrorOf(image);
      ({ width, height } = image);
      const named = {
        thumb: image.variants.thumbnail,
        display: image.variants.display,
        original: image.variants.original,
        legible: image.variants.legible,
      };
      for (const [name, variant] of Object.entries(named)) {
        if (!variant) continue;
        const stored = await store.put(variant.data);
        variants[name as FileVariant] = { ...stored, mime: variant.mime, width: variant.width, height: variant.height };
      }
    }
    const storedBytes = Object.values(variants).reduce((sum, variant) => sum + (variant?.size ?? 0), 0);

    const at = now.getTime();
    const outcome = db.transaction((tx) => {
      // A duplicate request may have finished first while this one was processing.
      const raced = findAttachment(tx, meta.id);
      if (raced) return { seq: null };
      const used = facilityStoredBytes(tx, actor.facilityId);
      if (used + storedBytes > options.facilityQuotaBytes) throw new AppError('QUOTA_EXCEEDED');
      const seq = nextSeq(tx);
      tx.insert(attachments)
        .values({
          id: meta.id,
          postId: meta.postId,
          patientId: meta.patientId,
          uploadedBy: actor.userId,
          facilityId: actor.facilityId,
          kind: meta.kind,
          fileName: meta.fileName || `${meta.kind}.${type.extension}`,
          mime: type.mime,
          uploadSha256: temp.sha256,
          size: temp.size,
          width,
          height,
          variants,
          storedBytes,
          clientCreatedAt: meta.clientCreatedAt,
          serverCreatedAt: at,
          seq,
        })
        .run();
      audit(
        options,
        'file.uploaded',
        { patientId: meta.patientId, details: { attachmentId: meta.id, kind: meta.kind, mime: type.mime, size: temp.size } },
        tx,
      );
      return { seq };
    });
    if (outcome.seq === null) {
      const doc = sameUpload(options, meta);
      if (!doc) throw new AppError('INTERNAL');
      return doc;
    }
    publishChange({ seq: outcome.seq, patientIds: [meta.patientId], collections: ['attachments'] });
    const doc = findAttachment(db, meta.id);
    if (!doc) throw new AppError('INTERNAL');
    return toAttachmentDoc(doc);
  } finally {
    await rm(temp.path, { force: true });
  }
}
