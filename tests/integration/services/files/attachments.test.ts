/**
 * Photos and documents through the file services against a real SQLite file and a real store:
 * what is kept (metadata-free variants, never the upload), who may read it, and that bad input
 * or a dropped connection loses nothing else.
 */
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, attachments } from '@/server/db/schema';
import { readAttachment } from '@/server/services/files/read-attachment';
import { uploadAttachment } from '@/server/services/files/upload-attachment';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import {
  expectServiceError,
  fileOptions,
  openFileStore,
  sha256Of,
  storedHashes,
  tempFiles,
  upload,
  uploadMetaFor,
} from '@/tests/support/file-world';
import { postDocBy, pullAll, push } from '@/tests/support/sync-docs';
import { minimalPdf, readPhoto } from '@/tests/unit/files/samples';
import type { ContentStore } from '@/server/files/content-store';

let world: CareTeamWorld;
let patientId: string;
let store: ContentStore;
let post: { id: string; patientId: string };
let cleanUp: Array<() => void> = [];

beforeEach(async () => {
  const team = await openTeamWorld(['nurse', 'doctor', 'outsider'], ['doctor']);
  ({ world, patientId } = team);
  const files = openFileStore();
  store = files.store;
  cleanUp = [team.close, files.remove];
  const doc = postDocBy(world, 'nurse', patientId, { category: 'photo', body: '仙骨部の褥瘡' });
  await push(world, 'nurse', 'posts', [doc]);
  post = { id: doc.id, patientId };
});
afterEach(() => {
  for (const fn of cleanUp) fn();
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function variantBytes(person: 'nurse' | 'doctor', id: string, variant: 'thumb' | 'display' | 'original' | 'legible' | 'document') {
  const file = await readAttachment(fileOptions(world, person, store), { id, variant });
  if ('notModified' in file) throw new Error('unexpected 304');
  return { bytes: await readAll(file.stream), file };
}

describe('uploading a photo', () => {
  it('keeps upright, metadata-free variants and never the upload itself (GPS and all)', async () => {
    const bytes = readPhoto('exif/gps-DSCN0010.jpg');
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const meta = uploadMetaFor(post, bytes);
    const doc = await upload(fileOptions(world, 'nurse', store), meta, bytes);
    expect(doc).toMatchObject({
      id: meta.id,
      postId: post.id,
      kind: 'wound',
      mime: 'image/jpeg',
      size: bytes.byteLength,
      variants: ['thumb', 'display', 'original'],
    });
    expect(doc.width).toBe(640);

    for (const variant of ['thumb', 'display', 'original'] as const) {
      const { bytes: served } = await variantBytes('doctor', doc.id, variant);
      const metadata = await sharp(served).metadata();
      expect(metadata.exif, variant).toBeUndefined();
      expect(metadata.xmp, variant).toBeUndefined();
      expect(metadata.iptc, variant).toBeUndefined();
    }
    expect(await storedHashes(store)).not.toContain(sha256Of(bytes));
    expect(tempFiles(store)).toEqual([]);
  });

  it('turns a sideways phone photo upright (EXIF orientation 6) and gives FAX pages a legible variant', async () => {
    const portrait = readPhoto('orientation/Portrait_6.jpg');
    const doc = await upload(fileOptions(world, 'nurse', store), uploadMetaFor(post, portrait), portrait);
    expect([doc.width, doc.height]).toEqual([1200, 1800]);
    const { bytes: display } = await variantBytes('nurse', doc.id, 'display');
    const size = await sharp(display).metadata();
    expect(size.height).toBeGreaterThan(size.width ?? Infinity);

    const fax = readPhoto('orientation/Landscape_1.jpg');
    const faxDoc = await upload(fileOptions(world, 'nurse', store), uploadMetaFor(post, fax, 'fax'), fax);
    expect(faxDoc.variants).toContain('legible');
    const { bytes: legible } = await variantBytes('doctor', faxDoc.id, 'legible');
    expect((await sharp(legible).stats()).isOpaque).toBe(true);
  });

  it('stores a duplicated or retried upload once and answers both alike', async () => {
    const bytes = readPhoto('orientation/Landscape_1.jpg');
    const meta = uploadMetaFor(post, bytes);
    const options = fileOptions(world, 'nurse', store);
    const [first, second] = await Promise.all([upload(options, meta, bytes), upload(options, meta, bytes)]);
    const third = await upload(options, meta, bytes);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(world.db.select().from(attachments).all()).toHaveLength(1);
    expect(await storedHashes(store)).toHaveLength(3);
    // Another upload under the same id is refused, not merged.
    const other = readPhoto('orientation/Landscape_2.jpg');
    await expectServiceError(upload(options, { ...meta, sha256: sha256Of(other) }, other), 'CONFLICT');
  });

  it('refuses bad files with a clear code, keeps nothing of them, and still takes the next good one', async () => {
    const options = fileOptions(world, 'nurse', store);
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    await expectServiceError(upload(options, uploadMetaFor(post, html, 'wound', 'wound.jpg'), html), 'UNSUPPORTED_TYPE');
    const broken = readPhoto('invalid/corrupted.jpg');
    await expectServiceError(upload(options, uploadMetaFor(post, broken), broken), 'UNREADABLE_IMAGE');
    const pdf = minimalPdf();
    await expectServiceError(upload(options, uploadMetaFor(post, pdf, 'wound'), pdf), 'TYPE_MISMATCH');
    const good = readPhoto('orientation/Landscape_1.jpg');
    await expectServiceError(upload(options, { ...uploadMetaFor(post, good), sha256: sha256Of(html) }, good), 'INVALID_INPUT');
    expect(await storedHashes(store)).toEqual([]);
    expect(tempFiles(store)).toEqual([]);
    expect(world.db.select().from(attachments).all()).toHaveLength(0);

    await upload(options, uploadMetaFor(post, good), good);
    expect(world.db.select().from(attachments).all()).toHaveLength(1);
  });

  it('leaves no partial file when the connection drops mid-upload, and the retry completes', async () => {
    const bytes = readPhoto('exif/phone-jolla.jpg');
    const meta = uploadMetaFor(post, bytes);
    const options = fileOptions(world, 'nurse', store);
    async function* dropsHalfway() {
      yield bytes.subarray(0, bytes.byteLength / 2);
      throw new Error('ECONNRESET');
    }
    await expectServiceError(uploadAttachment(options, meta, Readable.from(dropsHalfway())), 'INVALID_INPUT');
    expect(tempFiles(store)).toEqual([]);
    expect(await storedHashes(store)).toEqual([]);
    const doc = await upload(options, meta, bytes);
    expect([doc.width, doc.height]).toEqual([3264, 2448]);
  });

  it('is only for the post’s author on a team they are on, once the post is on the server', async () => {
    const bytes = readPhoto('orientation/Landscape_1.jpg');
    await expectServiceError(upload(fileOptions(world, 'doctor', store), uploadMetaFor(post, bytes), bytes), 'FORBIDDEN');
    await expectServiceError(upload(fileOptions(world, 'outsider', store), uploadMetaFor(post, bytes), bytes), 'NOT_FOUND');
    const unsynced = { id: crypto.randomUUID(), patientId };
    await expectServiceError(upload(fileOptions(world, 'nurse', store), uploadMetaFor(unsynced, bytes), bytes), 'CONFLICT');
  });

  it('refuses what would take the facility over its storage quota', async () => {
    const bytes = readPhoto('orientation/Landscape_1.jpg');
    await expectServiceError(upload(fileOptions(world, 'nurse', store, 1000), uploadMetaFor(post, bytes), bytes), 'QUOTA_EXCEEDED');
    expect(world.db.select().from(attachments).all()).toHaveLength(0);
  });
});

describe('reading attachments', () => {
  it('gives the team the record by sync and the bytes by request, each view audited; others learn nothing', async () => {
    const bytes = readPhoto('orientation/Landscape_3.jpg');
    const doc = await upload(fileOptions(world, 'nurse', store), uploadMetaFor(post, bytes), bytes);
    const synced = (await pullAll(world, 'doctor', 'attachments')).documents;
    expect(synced).toMatchObject([{ id: doc.id, postId: post.id, variants: ['thumb', 'display', 'original'], _deleted: false }]);
    expect((await pullAll(world, 'outsider', 'attachments')).documents).toEqual([]);
    const pulled = world.db.select().from(auditLog).where(eq(auditLog.action, 'sync.pulled')).all();
    expect(pulled.filter((row) => row.actorUserId === world.ids.doctor).map((row) => JSON.parse(row.details ?? '{}'))).toContainEqual({
      collection: 'attachments',
      count: 1,
    });

    const { file } = await variantBytes('doctor', doc.id, 'display');
    expect(file.mime).toBe('image/webp');
    await expectServiceError(readAttachment(fileOptions(world, 'outsider', store), { id: doc.id, variant: 'display' }), 'NOT_FOUND');
    await expectServiceError(readAttachment(fileOptions(world, 'doctor', store), { id: doc.id, variant: 'legible' }), 'NOT_FOUND');
    const views = world.db.select().from(auditLog).where(eq(auditLog.action, 'file.viewed')).all();
    expect(views).toMatchObject([{ patientId, actorUserId: world.ids.doctor }]);

    // Already on the device: the check and the audit entry, not the bytes.
    const again = await readAttachment(fileOptions(world, 'doctor', store), { id: doc.id, variant: 'display', knownSha256: file.sha256 });
    expect(again).toEqual({ notModified: true, sha256: file.sha256 });
  });

  it('keeps a private post’s photos to its audience', async () => {
    const secret = postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [], body: '家族関係について' });
    await push(world, 'nurse', 'posts', [secret]);
    const bytes = readPhoto('orientation/Landscape_1.jpg');
    const doc = await upload(fileOptions(world, 'nurse', store), uploadMetaFor({ id: secret.id, patientId }, bytes), bytes);
    await expectServiceError(readAttachment(fileOptions(world, 'doctor', store), { id: doc.id, variant: 'thumb' }), 'NOT_FOUND');
    expect((await pullAll(world, 'doctor', 'attachments')).documents).toEqual([]);
  });

  it('keeps a document exactly as sent', async () => {
    const pdf = minimalPdf();
    const doc = await upload(fileOptions(world, 'nurse', store), uploadMetaFor(post, pdf, 'document', '診療情報提供書.pdf'), pdf);
    expect(doc).toMatchObject({ kind: 'document', mime: 'application/pdf', fileName: '診療情報提供書.pdf', variants: ['document'] });
    const { bytes, file } = await variantBytes('doctor', doc.id, 'document');
    expect(bytes.equals(pdf)).toBe(true);
    expect(file.isDocument).toBe(true);
  });
});
