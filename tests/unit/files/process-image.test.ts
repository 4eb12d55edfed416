import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { maxInputPixels, processImage, type ProcessedImage } from '@/server/files/process-image';
import { faxTiff, pngClaiming, readPhoto } from './samples';

/** A 12x8 (or 8x12) greyscale thumbnail: close to another only if the picture is the same way up. */
async function fingerprint(image: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const [w, h] = width >= height ? [12, 8] : [8, 12];
  return sharp(image).resize(w, h, { fit: 'fill' }).greyscale().raw().toBuffer();
}

/** Pearson correlation of two fingerprints: 1 for the same picture, whatever its contrast. */
function similarity(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  const mean = (x: Buffer) => x.reduce((sum, value) => sum + value, 0) / x.length;
  const [meanA, meanB] = [mean(a), mean(b)];
  let [covariance, varianceA, varianceB] = [0, 0, 0];
  for (let i = 0; i < a.length; i += 1) {
    const [da, db] = [(a[i] ?? 0) - meanA, (b[i] ?? 0) - meanB];
    covariance += da * db;
    varianceA += da * da;
    varianceB += db * db;
  }
  return covariance / Math.sqrt(varianceA * varianceB);
}

const variantsOf = (result: ProcessedImage) => Object.entries(result.variants).map(([name, variant]) => ({ name, ...variant }));

async function processed(bytes: Buffer, kind: 'photo' | 'fax' | 'notebook' = 'photo'): Promise<ProcessedImage> {
  const result = await processImage(bytes, { kind });
  if (!result.ok) throw new Error(`${result.code}: ${result.reason}`);
  return result;
}

describe('processImage: orientation', () => {
  const reference: Record<'landscape' | 'portrait', Buffer> = { landscape: Buffer.alloc(0), portrait: Buffer.alloc(0) };
  beforeAll(async () => {
    reference.landscape = await fingerprint(readPhoto('orientation/Landscape_1.jpg'));
    reference.portrait = await fingerprint(readPhoto('orientation/Portrait_1.jpg'));
  });

  it('tells a mirrored or turned picture from an upright one (the check below is worth something)', async () => {
    // Landscape_2 is stored mirrored and Landscape_3 upside down: decoded as stored, they look wrong.
    for (const file of ['Landscape_2.jpg', 'Landscape_3.jpg']) {
      const asStored = await sharp(readPhoto(`orientation/${file}`))
        .png()
        .toBuffer();
      expect(similarity(await fingerprint(asStored), reference.landscape)).toBeLessThan(0.5);
    }
  });

  const cases = [
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`Landscape_${n}.jpg`, 'landscape', 1800, 1200] as const),
    ...[1, 6, 8].map((n) => [`Portrait_${n}.jpg`, 'portrait', 1200, 1800] as const),
  ];
  it.each(cases)('%s comes out upright, %s %dx%d, in every variant', async (file, shape, width, height) => {
    const result = await processed(readPhoto(`orientation/${file}`), 'fax');
    expect([result.width, result.height]).toEqual([width, height]);
    expect([result.variants.original.width, result.variants.original.height]).toEqual([width, height]);
    expect(
      variantsOf(result)
        .map((variant) => variant.name)
        .sort(),
    ).toEqual(['display', 'legible', 'original', 'thumbnail']);
    for (const variant of variantsOf(result)) {
      expect(variant.width > variant.height, variant.name).toBe(shape === 'landscape');
      expect(similarity(await fingerprint(variant.data), reference[shape]), variant.name).toBeGreaterThan(0.95);
    }
  });
});

describe('processImage: variants', () => {
  it('makes an 8 MP phone photo into a WebP thumbnail and display copy and a JPEG original', async () => {
    const result = await processed(readPhoto('exif/phone-jolla.jpg'));
    expect([result.width, result.height]).toEqual([3264, 2448]);
    const { thumbnail, display, original, legible } = result.variants;
    expect(legible).toBeUndefined();
    expect([thumbnail.width, thumbnail.height, thumbnail.mime]).toEqual([320, 240, 'image/webp']);
    expect([display.width, display.height, display.mime]).toEqual([1600, 1200, 'image/webp']);
    expect([original.width, original.height, original.mime]).toEqual([3264, 2448, 'image/jpeg']);
    for (const variant of variantsOf(result)) {
      const metadata = await sharp(variant.data).metadata();
      expect([metadata.format, metadata.width, metadata.height, metadata.space]).toEqual([
        variant.mime.slice(6),
        variant.width,
        variant.height,
        'srgb',
      ]);
    }
  });

  it('keeps no EXIF, GPS, XMP, IPTC or ICC profile in any variant', async () => {
    const input = readPhoto('exif/gps-DSCN0010.jpg');
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const result = await processed(input, 'notebook');
    expect(variantsOf(result)).toHaveLength(4);
    for (const variant of variantsOf(result)) {
      const metadata = await sharp(variant.data).metadata();
      expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.icc, metadata.orientation], variant.name).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      for (const marker of ['Exif\0\0', 'NIKON', 'http://ns.adobe.com/xap', 'GPS'])
        expect(variant.data.includes(marker), `${variant.name}: ${marker}`).toBe(false);
    }
  });

  it('never enlarges a small picture', async () => {
    const result = await processed(readPhoto('invalid/image01137.jpg'));
    expect(variantsOf(result).map(({ width, height }) => [width, height])).toEqual([
      [88, 64],
      [88, 64],
      [88, 64],
    ]);
  });

  it('caps the kept original at 4096 px on its longest side', async () => {
    const large = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#446688' } })
      .jpeg()
      .toBuffer();
    const { variants } = await processed(large);
    expect([variants.original.width, variants.original.height]).toEqual([4096, 2731]);
  });

  it('makes the legible variant of a fax or notebook page greyscale', async () => {
    const { variants } = await processed(await faxTiff(), 'fax');
    expect(variants.legible).toBeDefined();
    const { width = 0, height = 0 } = variants.legible ?? {};
    expect([width, height]).toEqual([1600, 1019]);
    const [red, green, blue] = (await sharp(variants.legible?.data).stats()).channels.map((channel) => channel.mean);
    expect(Math.abs((red ?? 0) - (green ?? 0)) + Math.abs((green ?? 0) - (blue ?? 0))).toBeLessThan(1);
  });

  it('flattens transparency onto white and converts CMYK to sRGB', async () => {
    const transparent = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { display } = (await processed(transparent)).variants;
    const { data, info } = await sharp(display.data).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    expect(Math.min(...data)).toBeGreaterThan(245);

    const cmyk = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#cc3300' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const { original } = (await processed(cmyk)).variants;
    expect(await sharp(original.data).metadata()).toMatchObject({ space: 'srgb', channels: 3 });
  });

  it('decodes an iPhone HEIC photo upright, without its metadata', async () => {
    const result = await processed(readPhoto('exif/iphone_13_pro_max.HEIC'));
    expect([result.width, result.height]).toEqual([3024, 4032]);
    expect(variantsOf(result).map(({ width, height, mime }) => [width, height, mime])).toEqual([
      [240, 320, 'image/webp'],
      [1200, 1600, 'image/webp'],
      [3024, 4032, 'image/jpeg'],
    ]);
    const metadata = await sharp(result.variants.original.data).metadata();
    expect([metadata.exif, metadata.xmp, metadata.icc]).toEqual([undefined, undefined, undefined]);
  });
});

describe('processImage: refusals', () => {
  it('refuses a broken HEIC with HEIC_UNSUPPORTED and a reason', async () => {
    const truncated = readPhoto('exif/iphone_13_pro_max.HEIC').subarray(0, 4096);
    const result = await processImage(truncated, { kind: 'photo' });
    expect(result).toMatchObject({ ok: false, code: 'HEIC_UNSUPPORTED' });
    if (!result.ok) expect(result.reason).toMatch(/HEIC could not be decoded: ./);
  });

  it.each([
    ['invalid/corrupted.jpg', () => readPhoto('invalid/corrupted.jpg')],
    ['a JPEG cut off halfway (a dropped upload)', () => readPhoto('exif/phone-jolla.jpg').subarray(0, 400_000)],
    ['a JPEG signature followed by noise', () => Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(5000, 0x5a)])],
    ['a PNG whose pixel data is missing', () => pngClaiming(400, 300)],
  ])('refuses %s as UNREADABLE_IMAGE, and goes on working', async (_name, bytes) => {
    expect(await processImage(bytes(), { kind: 'photo' })).toMatchObject({ ok: false, code: 'UNREADABLE_IMAGE' });
    expect((await processImage(readPhoto('orientation/Landscape_1.jpg'), { kind: 'photo' })).ok).toBe(true);
  });

  it('refuses a header claiming 30000x30000 pixels before decoding anything', async () => {
    const started = performance.now();
    expect(await processImage(pngClaiming(30_000, 30_000), { kind: 'photo' })).toMatchObject({ ok: false, code: 'IMAGE_TOO_LARGE' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a real 144-megapixel PNG of a few hundred kilobytes (a decompression bomb) quickly', async () => {
    expect(12_000 * 12_000).toBeGreaterThan(maxInputPixels);
    const bomb = await sharp({ create: { width: 12_000, height: 12_000, channels: 3, background: '#808080' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1_000_000);
    const started = performance.now();
    expect(await processImage(bomb, { kind: 'photo' })).toMatchObject({ ok: false, code: 'IMAGE_TOO_LARGE' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses what is not an image before sharp sees it', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect(await processImage(svg, { kind: 'photo' })).toMatchObject({ ok: false, code: 'UNSUPPORTED_TYPE' });
    expect(await processImage(Buffer.from('%PDF-1.4\n%%EOF\n'), { kind: 'photo' })).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
  });
});
