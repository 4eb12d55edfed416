/**
 * The pictures kept for every uploaded image, each shaped from the decoded, upright, sRGB source.
 * None is ever larger than its source, and none carries metadata: sharp writes no EXIF, XMP, IPTC
 * or ICC profile unless asked to (withMetadata / keepMetadata), and we never ask.
 */
import 'server-only';
import sharp, { type Sharp } from 'sharp';

/** What a picture shows: faxes and pages of the paper notebook also get a variant made for reading. */
export type ImageKind = 'photo' | 'fax' | 'notebook';
export type VariantName = 'thumbnail' | 'display' | 'original' | 'legible';
export type VariantMime = 'image/webp' | 'image/jpeg';

export interface ImageVariant {
  data: Buffer;
  width: number;
  height: number;
  mime: VariantMime;
}

export const variantSizes = { thumbnail: 320, display: 1600, original: 4096, legible: 1600 } as const satisfies Record<VariantName, number>;

// WebP effort 2 instead of the default 4: about 2.5× faster to encode for ~5% larger files, which
// matters more on a 2-core server than the bytes do.
const webp = { quality: 80, effort: 2 } as const;
// Huffman-table optimisation buffers the whole image and takes ~3× the time for ~4% fewer bytes.
const jpeg = { quality: 85, optimiseCoding: false } as const;

export function hasLegibleVariant(kind: ImageKind): boolean {
  return kind === 'fax' || kind === 'notebook';
}

const fitWithin = (side: number) => ({ width: side, height: side, fit: 'inside', withoutEnlargement: true }) as const;

async function encode(pipeline: Sharp, mime: VariantMime): Promise<ImageVariant> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, mime };
}

/**
 * The linear map sending the `lower` and `upper` percentiles of 8-bit grey levels to 0 and 255:
 * sharp's normalise(), which took ~150 ms on a 1600 px page where counting here takes ~5 ms.
 */
export function contrastStretch(grey: Uint8Array, lower = 1, upper = 99): { multiply: number; add: number } {
  const histogram = new Uint32Array(256);
  for (const level of grey) histogram[level] = (histogram[level] ?? 0) + 1;
  const levelAt = (percent: number) => {
    const wanted = (grey.length * percent) / 100;
    let seen = 0;
    for (let level = 0; level < 256; level += 1) {
      seen += histogram[level] ?? 0;
      if (seen >= wanted) return level;
    }
    return 255;
  };
  const [low, high] = [levelAt(lower), levelAt(upper)];
  if (high <= low) return { multiply: 1, add: 0 };
  const multiply = 255 / (high - low);
  return { multiply, add: -low * multiply };
}

/** Greyscale, contrast stretched, sharpened: made small and grey first, then stretched from its histogram. */
async function renderLegible(source: Sharp): Promise<ImageVariant> {
  const grey = await source
    .resize(fitWithin(variantSizes.legible))
    .greyscale()
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = grey.info;
  const { multiply, add } = contrastStretch(grey.data);
  const stretched = sharp(grey.data, { raw: { width, height, channels } }).linear(multiply, add).sharpen();
  return encode(stretched.webp(webp), 'image/webp');
}

/** `source` is a fresh pipeline on the decoded image; it is used up. */
export function renderVariant(source: Sharp, name: VariantName): Promise<ImageVariant> {
  switch (name) {
    case 'thumbnail':
      return encode(source.resize(fitWithin(variantSizes.thumbnail)).webp({ ...webp, quality: 75 }), 'image/webp');
    case 'display':
      return encode(source.resize(fitWithin(variantSizes.display)).webp(webp), 'image/webp');
    case 'original':
      return encode(source.resize(fitWithin(variantSizes.original)).jpeg(jpeg), 'image/jpeg');
    case 'legible':
      return renderLegible(source);
  }
}
