import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunksOf } from '@/server/files/byte-chunks';
import { writeTempFile } from '@/server/files/write-temp-file';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-temp-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('writeTempFile', () => {
  it('makes its folder when it is missing, and hashes what it writes', async () => {
    const temp = await writeTempFile(path.join(root, 'files', 'tmp'), Readable.from([Buffer.from('ab'), Buffer.from('c')]));
    expect(temp).toMatchObject({ sha256: createHash('sha256').update('abc').digest('hex'), size: 3 });
    expect(path.dirname(temp.path)).toBe(path.join(root, 'files', 'tmp'));
    expect(fs.readFileSync(temp.path, 'utf8')).toBe('abc');
  });

  it('stops at a stream of strings rather than bytes (chunksOf), and removes what it began', async () => {
    const text = Readable.from([Buffer.from('bytes first, then '), 'text'], { objectMode: true });
    await expect(writeTempFile(root, chunksOf(text))).rejects.toThrow(TypeError);
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
