/**
 * A chosen photo made ready for the outbox, in the browser: refused if its header claims too many
 * pixels (before decoding it), decoded upright (the browser applies EXIF orientation itself: we do
 * not rotate again), downsized to 2560 px and re-encoded as JPEG — which also drops its metadata,
 * GPS included — with a small thumbnail beside it. A photo the browser cannot decode (HEIC in most
 * browsers) is kept as it is, for the server to convert or refuse.
 */
import 'client-only';
import { deviceMaxImageSide, maxDocumentBytes, maxImagePixels, maxPhotoBytes } from '@/lib/schemas/attachment';
import { shortenFileName } from './file-name';
import { imageHeaderBytes, readImageSize } from './image-header';
import { sha256Hex } from './sha256';

export interface PreparedFile {
  bytes: ArrayBuffer;
  mime: string;
  fileName: string;
  width: number;
  height: number;
  thumb: ArrayBuffer | null;
  sha256: string;
}

export type PrepareRefusal = 'IMAGE_TOO_LARGE' | 'FILE_TOO_LARGE' | 'UNREADABLE_IMAGE';

const thumbSide = 320;
// 0.8 keeps a wound's texture legible at 2560 px while sending a fraction of a camera's file.
const jpegQuality = 0.8;

function canvasOf(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function encodeJpeg(bitmap: ImageBitmap, maxSide: number): Promise<{ bytes: ArrayBuffer; width: number; height: number }> {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = canvasOf(width, height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!context) throw new Error('no 2D canvas');
  // JPEG has no transparency: a PNG's transparent parts become white, not black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const blob =
    canvas instanceof HTMLCanvasElement
      ? await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', jpegQuality),
        )
      : await canvas.convertToBlob({ type: 'image/jpeg', quality: jpegQuality });
  return { bytes: await blob.arrayBuffer(), width, height };
}

export function jpegName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'photo';
  return `${base}.jpg`;
}

export async function preparePhoto(file: File): Promise<PreparedFile | { refused: PrepareRefusal }> {
  const size = readImageSize(await file.slice(0, imageHeaderBytes).arrayBuffer());
  if (size && size.width * size.height > maxImagePixels) return { refused: 'IMAGE_TOO_LARGE' };
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    bitmap = null;
  }
  // Not decodable here (HEIC, TIFF in most browsers): the server decides.
  if (!bitmap) return keptAsChosen(file, maxPhotoBytes);
  try {
    if (bitmap.width * bitmap.height > maxImagePixels) return { refused: 'IMAGE_TOO_LARGE' };
    const main = await encodeJpeg(bitmap, deviceMaxImageSide);
    const thumb = await encodeJpeg(bitmap, thumbSide);
    return {
      bytes: main.bytes,
      mime: 'image/jpeg',
      fileName: shortenFileName(jpegName(file.name)),
      width: main.width,
      height: main.height,
      thumb: thumb.bytes,
      sha256: await sha256Hex(main.bytes),
    };
  } finally {
    bitmap.close();
  }
}

export function prepareDocument(file: File): Promise<PreparedFile | { refused: PrepareRefusal }> {
  return keptAsChosen(file, maxDocumentBytes);
}

/** The file's own bytes, unchanged, under a size limit. */
async function keptAsChosen(file: File, maxBytes: number): Promise<PreparedFile | { refused: PrepareRefusal }> {
  if (file.size > maxBytes) return { refused: 'FILE_TOO_LARGE' };
  const bytes = await file.arrayBuffer();
  return {
    bytes,
    mime: file.type || 'application/octet-stream',
    fileName: shortenFileName(file.name),
    width: 0,
    height: 0,
    thumb: null,
    sha256: await sha256Hex(bytes),
  };
}
