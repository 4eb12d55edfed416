/**
 * What one upload may take of the server: an upload is processed from its temp file, not from a
 * copy in memory, and the HEIC decoder's worker runs under resource limits of its own.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHeic, heicWorkerLimits } from '@/server/files/decode-heic';
import { processImage } from '@/server/files/process-image';
import { photosDir, readPhoto } from './samples';

describe('processImage from a file on disk', () => {
  it('makes the variants from the path alone, as an upload does', async () => {
    const result = await processImage({ path: path.join(photosDir, 'orientation/Landscape_1.jpg') }, { kind: 'photo' });
    expect(result).toMatchObject({ ok: true, width: 1800, height: 1200 });
  });

  it('refuses a file that is no image without processing it', async () => {
    const result = await processImage({ path: path.join(photosDir, 'README.md') }, { kind: 'photo' });
    expect(result).toMatchObject({ ok: false, code: 'UNSUPPORTED_TYPE' });
  });
});

describe('the HEIC decoder’s worker', () => {
  it('has a heap and stack of its own, far below the server’s', () => {
    expect(heicWorkerLimits.maxOldGenerationSizeMb).toBeLessThanOrEqual(128);
    expect(heicWorkerLimits.stackSizeMb).toBeLessThanOrEqual(8);
  });

  it('is stopped, and the file refused, when it outgrows them', async () => {
    const result = await decodeHeic(readPhoto('exif/iphone_13_pro_max.HEIC'), {
      maxPixels: 100_000_000,
      resourceLimits: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 },
    });
    expect(result).toMatchObject({ ok: false, code: 'HEIC_UNSUPPORTED' });
  });
});
