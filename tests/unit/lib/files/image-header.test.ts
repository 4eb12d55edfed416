import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '@/lib/files/image-header';
import { pngClaiming, readPhoto } from '@/tests/unit/files/samples';

describe('readImageSize', () => {
  it('reads the stored (not yet rotated) size of real camera JPEGs, metadata and all', async () => {
    expect(readImageSize(readPhoto('exif/phone-jolla.jpg'))).toEqual({ width: 3264, height: 2448 });
    expect(readImageSize(readPhoto('exif/gps-DSCN0010.jpg'))).toEqual({ width: 640, height: 480 });
    // Orientation 6 stores the portrait shot sideways; the browser turns it when decoding.
    expect(readImageSize(readPhoto('orientation/Portrait_6.jpg'))).toEqual({ width: 1800, height: 1200 });
  });

  it('reads PNG and WebP (lossy, lossless, extended), and a PNG header claiming a huge image', async () => {
    const base = sharp({ create: { width: 321, height: 123, channels: 3, background: '#888' } });
    expect(readImageSize(await base.clone().png().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(readImageSize(await base.clone().webp().toBuffer())).toEqual({ width: 321, height: 123 });
    expect(readImageSize(await base.clone().webp({ lossless: true }).toBuffer())).toEqual({ width: 321, height: 123 });
    const alpha = sharp({ create: { width: 50, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } });
    expect(readImageSize(await alpha.webp().toBuffer())).toEqual({ width: 50, height: 40 });
    expect(readImageSize(pngClaiming(30_000, 30_000))).toEqual({ width: 30_000, height: 30_000 });
  });

  it('says nothing for what it cannot read', () => {
    expect(readImageSize(new TextEncoder().encode('<!doctype html><html><body>not an image at all</body></html>'))).toBeNull();
    expect(readImageSize(readPhoto('exif/iphone_13_pro_max.HEIC'))).toBeNull();
    expect(readImageSize(new Uint8Array(4))).toBeNull();
  });
});
