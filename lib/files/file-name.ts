/** File names as the user gave them, made to fit what the server takes; never used as paths. */
import { fileNameMaxLength } from '@/lib/schemas/attachment';

/** A file name the server takes (at most 200 characters), keeping its extension. */
export function shortenFileName(fileName: string, max = fileNameMaxLength): string {
  if (fileName.length <= max) return fileName;
  const extension = /\.[^.]{1,10}$/.exec(fileName)?.[0] ?? '';
  return `${fileName.slice(0, max - extension.length - 1)}…${extension}`;
}
