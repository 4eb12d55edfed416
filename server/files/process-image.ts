/**
 * One uploaded image in, its variants out. The signature is checked and the size read from the
 * header before any pixel is decoded; then the same pipeline (upright, sRGB, flattened on white)
 * is opened on the input once per variant, and the variants are encoded side by side. Each decodes
 * at the scale it needs (JPEG shrink-on-load decodes the thumbnail at 1/8), which measured faster
 * and leaner than decoding full-size raw pixels once and resizing those.
 */
import 'server-only';
import { readFile } from 'node:fs/promises';
import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { decodeHeic } from './decode-heic';
import { detectFileType, type FileInput } from './detect-file-type';
import { refuse, type FileRefusal } from './file-refusal';
import { withImageSlot } from './image-capacity';
import { hasLegibleVariant, renderVariant, type ImageKind, type ImageVariant, type VariantName } from './image-variants';

/** 100 megapixels: far above any phone or scanner (12–50 MP), far below what would exhaust memory. */
export const maxInputPixels = 100_000_000;
/** A pathological file must not hold one of the two image slots for long. */
const pipelineTimeoutSeconds = 60;

export interface ProcessedImage {
  ok: true;
  /** The source's size once upright (EXIF orientation applied). */
  width: number;
  height: number;
  variants: { thumbnail: ImageVariant; display: ImageVariant; original: ImageVariant; legible?: ImageVariant };
}

export type ImageRefusal = FileRefusal<'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH' | 'IMAGE_TOO_LARGE' | 'UNREADABLE_IMAGE' | 'HEIC_UNSUPPORTED'>;

// failOn 'error': a truncated or corrupt file is refused rather than shown half grey, while the
// harmless warnings phone JPEGs often carry (stray bytes between segments) are let through.
const decodeOptions = { limitInputPixels: maxInputPixels, failOn: 'error' } as const satisfies SharpOptions;

interface Source {
  /**
   * A new pipeline on the input each call. Not sharp's clone(): it structuredClone()s its options,
   * input buffer included, so each clone of a 48 MB decoded HEIC copied all 48 MB.
   */
  open: () => Sharp;
  width: number;
  height: number;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

function refusalOf(error: unknown): ImageRefusal {
  const text = errorText(error);
  if (/pixel limit/i.test(text)) return refuse('IMAGE_TOO_LARGE', text);
  return refuse('UNREADABLE_IMAGE', text);
}

async function openHeic(input: FileInput): Promise<Source | ImageRefusal> {
  // The worker needs the bytes; read only now, holding an image slot.
  const raw = await decodeHeic(input instanceof Uint8Array ? input : await readFile(input.path), { maxPixels: maxInputPixels });
  if ('ok' in raw) return raw;
  const { width, height, channels } = raw;
  // libheif has already applied the file's rotation and mirroring.
  return { open: () => sharp(raw.data, { ...decodeOptions, raw: { width, height, channels } }), width, height };
}

async function openEncoded(input: FileInput): Promise<Source | ImageRefusal> {
  const source = input instanceof Uint8Array ? input : input.path;
  // Reads the header only: a decompression bomb is refused here without a pixel decoded.
  const header = await sharp(source, decodeOptions).metadata();
  const { width, height } = header.autoOrient;
  if (width * height > maxInputPixels) {
    return refuse('IMAGE_TOO_LARGE', `${width}x${height} exceeds ${maxInputPixels} pixels`);
  }
  return { open: () => sharp(source, decodeOptions), width, height };
}

async function render(source: Source, kind: ImageKind): Promise<ProcessedImage> {
  const decoded = () =>
    source.open().autoOrient().toColourspace('srgb').flatten({ background: '#ffffff' }).timeout({ seconds: pipelineTimeoutSeconds });
  const variant = (name: VariantName) => renderVariant(decoded(), name);
  const [thumbnail, display, original, legible] = await Promise.all([
    variant('thumbnail'),
    variant('display'),
    variant('original'),
    hasLegibleVariant(kind) ? variant('legible') : undefined,
  ]);
  const variants = { thumbnail, display, original, ...(legible && { legible }) };
  return { ok: true, width: source.width, height: source.height, variants };
}

/**
 * `input` is the whole file, in memory or (an upload) on disk: an upload waits for its turn holding
 * only its path, and is read once its turn comes. A file that cannot be made into variants is
 * refused, never thrown.
 */
export async function processImage(input: FileInput, { kind }: { kind: ImageKind }): Promise<ProcessedImage | ImageRefusal> {
  // The signature first (from a path, a few bytes): what is not an image never waits in line.
  const type = await detectFileType(input, 'photo');
  if (!type.ok) return type;
  return withImageSlot(async () => {
    try {
      const isHeif = type.mime === 'image/heic' || type.mime === 'image/heif';
      const source = isHeif ? await openHeic(input) : await openEncoded(input);
      if ('ok' in source) return source;
      return await render(source, kind);
    } catch (error) {
      return refusalOf(error);
    }
  });
}
