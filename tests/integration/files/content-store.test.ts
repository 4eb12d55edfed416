import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContentStore, type ContentStore } from '@/server/files/content-store';

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (text: string) => Buffer.from(text);

let root: string;
let store: ContentStore;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-files-'));
  store = createContentStore(root);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every file under the root, as paths relative to it. */
function filesUnder(folder = root): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

const tempFiles = () => (fs.existsSync(path.join(root, 'tmp')) ? fs.readdirSync(path.join(root, 'tmp')) : []);

async function listAll(): Promise<string[]> {
  const hashes: string[] = [];
  for await (const hash of store.listAll()) hashes.push(hash);
  return hashes;
}

/** A Node stream of `count` chunks of `size` bytes, then (optionally) a failure like a dropped connection. */
function nodeStream(count: number, size: number, failWith?: Error) {
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent < count) {
        sent += 1;
        this.push(Buffer.alloc(size, sent % 256));
      } else if (failWith) this.destroy(failWith);
      else this.push(null);
    },
  });
  return { stream, sent: () => sent };
}

describe('content store: put', () => {
  it('stores bytes at <root>/<aa>/<bb>/<sha256>, readable only by the server', async () => {
    const bytes = bytesOf('訪問記録 2025-04-01');
    const stored = await store.put(bytes);
    const sha256 = sha256Of(bytes);
    expect(stored).toEqual({ sha256, size: bytes.length });
    expect(store.path(sha256)).toBe(path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(fs.readFileSync(store.path(sha256))).toEqual(bytes);
    expect(fs.statSync(store.path(sha256)).mode & 0o777).toBe(0o600);
    expect(tempFiles()).toEqual([]);
  });

  it('keeps one file for the same content put twice, or many times at once', async () => {
    const bytes = bytesOf('same photo, sent again after a retry');
    await store.put(bytes);
    await store.put(bytes);
    const all = await Promise.all([
      ...Array.from({ length: 8 }, () => store.put(bytes)),
      ...Array.from({ length: 8 }, () => store.putStream(Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]), { maxBytes: 1_000 })),
    ]);
    expect(new Set(all.map((result) => ('sha256' in result ? result.sha256 : result.code)))).toEqual(new Set([sha256Of(bytes)]));
    expect(filesUnder()).toEqual([path.relative(root, store.path(sha256Of(bytes)))]);
    expect(await listAll()).toEqual([sha256Of(bytes)]);
  });

  it('renews the modification time of content put again, so a clean-up with a grace period spares it', async () => {
    const bytes = bytesOf('uploaded last year, and again today');
    const { sha256 } = await store.put(bytes);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000);
    fs.utimesSync(store.path(sha256), yearAgo, yearAgo);
    await store.put(bytes);
    expect(Date.now() - fs.statSync(store.path(sha256)).mtimeMs).toBeLessThan(60_000);
    fs.utimesSync(store.path(sha256), yearAgo, yearAgo);
    await store.putStream(Readable.from([bytes]), { maxBytes: 1_000 });
    expect(Date.now() - fs.statSync(store.path(sha256)).mtimeMs).toBeLessThan(60_000);
  });
});

describe('content store: putStream', () => {
  it('hashes a Node stream and a web ReadableStream while it writes them', async () => {
    const { stream } = nodeStream(5, 10_000);
    const fromNode = await store.putStream(stream, { maxBytes: 50_000 });
    expect(fromNode).toMatchObject({ ok: true, size: 50_000 });

    const chunks = [bytesOf('part one, '), bytesOf('part two')];
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const fromWeb = await store.putStream(web, { maxBytes: 1_000 });
    expect(fromWeb).toEqual({ ok: true, sha256: sha256Of(Buffer.concat(chunks)), size: 18 });
    expect(tempFiles()).toEqual([]);
  });

  it('stops reading a stream past the limit, answers FILE_TOO_LARGE and keeps nothing', async () => {
    // An endless upload: only stopping it can end this test.
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024, 1));
      },
    });
    const result = await store.putStream(endless, { maxBytes: 1_000_000 });
    expect(result).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    expect(endless.destroyed).toBe(true);
    expect(filesUnder()).toEqual([]);

    let cancelled = false;
    const endlessWeb = new ReadableStream<Uint8Array>({
      pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)),
      cancel: () => {
        cancelled = true;
      },
    });
    expect(await store.putStream(endlessWeb, { maxBytes: 200_000 })).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    expect(cancelled).toBe(true);
    expect(filesUnder()).toEqual([]);
  });

  it('accepts a stream of exactly the limit', async () => {
    const { stream } = nodeStream(4, 250);
    expect(await store.putStream(stream, { maxBytes: 1_000 })).toMatchObject({ ok: true, size: 1_000 });
  });

  it('leaves no partial file when the stream fails midway (a dropped connection)', async () => {
    const { stream } = nodeStream(20, 10_000, new Error('socket hang up'));
    await expect(store.putStream(stream, { maxBytes: 10_000_000 })).rejects.toThrow('socket hang up');

    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10_000));
        controller.error(new Error('connection reset'));
      },
    });
    await expect(store.putStream(web, { maxBytes: 10_000_000 })).rejects.toThrow('connection reset');
    expect(filesUnder()).toEqual([]);
  });
});

describe('content store: reading and removing', () => {
  it('opens a stored file as a stream with its size, and answers null for an unknown hash', async () => {
    const bytes = bytesOf('%PDF-1.4 紹介状');
    const { sha256 } = await store.put(bytes);
    const opened = await store.open(sha256);
    expect(opened?.size).toBe(bytes.length);
    const read: Buffer[] = [];
    for await (const chunk of opened?.stream ?? []) read.push(chunk as Buffer);
    expect(Buffer.concat(read)).toEqual(bytes);
    expect(await store.open(sha256Of(bytesOf('never stored')))).toBeNull();
    expect(await store.has(sha256)).toBe(true);
  });

  it('refuses anything but a lowercase hex SHA-256 before touching the filesystem', async () => {
    const sha256 = sha256Of(bytesOf('x'));
    for (const bad of ['../../etc/passwd', sha256.toUpperCase(), sha256.slice(1), `${sha256}/`, '', 'a'.repeat(63) + 'g']) {
      expect(() => store.path(bad), bad).toThrow(TypeError);
      await expect(store.open(bad), bad).rejects.toThrow(TypeError);
      await expect(store.remove(bad), bad).rejects.toThrow(TypeError);
      await expect(store.has(bad), bad).rejects.toThrow(TypeError);
    }
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('removes a file, and says whether there was one', async () => {
    const { sha256 } = await store.put(bytesOf('to be removed'));
    const kept = await store.put(bytesOf('to be kept'));
    expect(await store.remove(sha256)).toBe(true);
    expect(await store.remove(sha256)).toBe(false);
    expect(await listAll()).toEqual([kept.sha256]);
  });

  it('lists every stored hash and nothing else', async () => {
    const hashes = await Promise.all(['a', 'b', 'c', 'd'].map(async (text) => (await store.put(bytesOf(text))).sha256));
    const [first = ''] = hashes;
    fs.writeFileSync(path.join(path.dirname(store.path(first)), 'stray.txt'), 'not a stored file');
    fs.mkdirSync(path.join(root, 'zz'));
    fs.writeFileSync(path.join(root, 'tmp', 'left-over.part'), 'a temp file');
    expect(await listAll()).toEqual([...hashes].sort());
  });
});

describe('content store: sweepTemp', () => {
  it('removes temp files older than asked (left by a crash), not fresh ones being written', async () => {
    await store.put(bytesOf('makes the temp folder'));
    const tmp = path.join(root, 'tmp');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of ['crashed-1.part', 'crashed-2.part']) {
      fs.writeFileSync(path.join(tmp, name), 'half an upload');
      fs.utimesSync(path.join(tmp, name), hourAgo, hourAgo);
    }
    fs.writeFileSync(path.join(tmp, 'uploading.part'), 'still arriving');
    expect(await store.sweepTemp(10 * 60_000)).toBe(2);
    expect(tempFiles()).toEqual(['uploading.part']);
    expect(await createContentStore(path.join(root, 'never-used')).sweepTemp(0)).toBe(0);
  });
});
