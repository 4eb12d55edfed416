/** A care-team world with a file store in a temp folder, and service options for each person. */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { AppError, type AppErrorCode } from '@/lib/errors/app-error';
import type { AttachmentKind, UploadMeta } from '@/lib/schemas/attachment';
import { createContentStore, type ContentStore } from '@/server/files/content-store';
import { actorOf } from '@/server/policy/actor';
import { uploadAttachment } from '@/server/services/files/upload-attachment';
import { auditActorOf } from '@/server/audit/audit-context';
import type { FileServiceOptions } from '@/server/services/service-options';
import { findUserRecord } from '@/server/db/user-record';
import type { CareTeamWorld, Person } from './care-team-world';

export function openFileStore(): { store: ContentStore; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-files-'));
  return { store: createContentStore(root), remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export function fileOptions(world: CareTeamWorld, person: Person, store: ContentStore, facilityQuotaBytes = 1024 ** 3): FileServiceOptions {
  const user = findUserRecord(world.db, { id: world.ids[person] });
  if (!user) throw new Error(`no user ${person}`);
  return {
    db: world.db,
    actor: actorOf(user),
    audit: { actor: auditActorOf(user), request: { ip: '192.0.2.1', userAgent: 'vitest', sessionId: null } },
    store,
    facilityQuotaBytes,
  };
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function uploadMetaFor(
  post: { id: string; patientId: string },
  bytes: Uint8Array,
  kind: AttachmentKind = 'wound',
  fileName = 'photo.jpg',
): UploadMeta {
  return {
    id: randomUUID(),
    postId: post.id,
    patientId: post.patientId,
    kind,
    fileName,
    sha256: sha256Of(bytes),
    clientCreatedAt: Date.now(),
  };
}

/** Uploads the bytes as one stream, in chunks as a network would deliver them. */
export function upload(options: FileServiceOptions, meta: UploadMeta, bytes: Uint8Array) {
  return uploadAttachment(options, meta, Readable.from(chunked(bytes)));
}

export function* chunked(bytes: Uint8Array, size = 64 * 1024): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += size) yield bytes.subarray(offset, offset + size);
}

export async function storedHashes(store: ContentStore): Promise<string[]> {
  const hashes: string[] = [];
  for await (const hash of store.listAll()) hashes.push(hash);
  return hashes;
}

export function tempFiles(store: ContentStore): string[] {
  const dir = path.join(store.root, 'tmp');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

/** A service call (not through tRPC) that must fail with this AppError code. */
export async function expectServiceError(call: Promise<unknown>, code: AppErrorCode): Promise<void> {
  const error: unknown = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}, but the call succeeded`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}
