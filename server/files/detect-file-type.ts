/**
 * Decides what an upload is from its bytes' signature (file-type), never from its name or the
 * browser's Content-Type, and whether it is a type we keep. The name a user gave a file is never
 * used for anything but display.
 */
import 'server-only';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { refuse, type FileRefusal } from './file-refusal';

/** What the user said they are attaching: a photo (made into variants) or a document (kept as is). */
export type ClaimedKind = 'photo' | 'document';
export type FileCategory = 'image' | 'document';

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The allow-list, by the MIME type file-type reports. Office files are zip containers: file-type
 * reads their [Content_Types].xml entry to tell a .docx or .xlsx from a plain zip; we never unpack
 * them ourselves, and a plain zip is refused. Legacy .doc/.xls are refused on purpose: file-type
 * sees only `application/x-cfb`, the container that Word, Excel, PowerPoint, Outlook (.msg) and
 * Windows installers (.msi) share, so accepting it would accept all of those; users save as .docx,
 * .xlsx or PDF instead.
 */
export const allowedTypes = {
  'image/jpeg': { extension: 'jpg', category: 'image' },
  'image/png': { extension: 'png', category: 'image' },
  'image/webp': { extension: 'webp', category: 'image' },
  'image/heic': { extension: 'heic', category: 'image' },
  'image/heif': { extension: 'heif', category: 'image' },
  'image/tiff': { extension: 'tif', category: 'image' },
  'application/pdf': { extension: 'pdf', category: 'document' },
  [docx]: { extension: 'docx', category: 'document' },
  [xlsx]: { extension: 'xlsx', category: 'document' },
} as const satisfies Record<string, { extension: string; category: FileCategory }>;

export type AllowedMime = keyof typeof allowedTypes;

export interface DetectedType {
  ok: true;
  mime: AllowedMime;
  extension: string;
  category: FileCategory;
}

const categoryOfClaim: Record<ClaimedKind, FileCategory> = { photo: 'image', document: 'document' };

function isAllowedMime(mime: string): mime is AllowedMime {
  return Object.hasOwn(allowedTypes, mime);
}

/** Bytes in memory, or a file on disk (an upload's temp file), which is read only as far as needed. */
export type FileInput = Uint8Array | { path: string };

/**
 * Pass the whole file (uploads are size-limited before this): an Office file is recognised by an
 * entry inside the zip, which a short prefix may not reach (from a path, file-type seeks to it).
 * Text formats (HTML, SVG, XML, scripts) have no signature file-type trusts, so they come back
 * UNSUPPORTED_TYPE whatever their name.
 */
export async function detectFileType(
  input: FileInput,
  claimed: ClaimedKind,
): Promise<DetectedType | FileRefusal<'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH'>> {
  const found = input instanceof Uint8Array ? await fileTypeFromBuffer(input) : await fileTypeFromFile(input.path);
  if (!found) return refuse('UNSUPPORTED_TYPE', 'no known file signature (text, HTML, SVG or unknown binary)');
  if (!isAllowedMime(found.mime)) return refuse('UNSUPPORTED_TYPE', `${found.mime} is not on the allow-list`);
  const { extension, category } = allowedTypes[found.mime];
  if (category !== categoryOfClaim[claimed]) {
    return refuse('TYPE_MISMATCH', `claimed a ${claimed} but the bytes are ${found.mime}`);
  }
  return { ok: true, mime: found.mime, extension, category };
}
