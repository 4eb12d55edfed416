/** Which of a photo's images a large view loads: the display image, the legibility one for FAX and notebook pages on request. */
import type { ShownAttachment } from './use-attachments';

type Photo = Pick<ShownAttachment, 'kind' | 'source' | 'variants'>;

/** FAX and paper notebook pages the server made a high-contrast greyscale copy of. */
export function hasLegible(photo: Photo): boolean {
  return (photo.kind === 'fax' || photo.kind === 'notebook') && photo.variants.includes('legible');
}

/** `display`, else the original when the server kept no display image; the outbox's bytes serve either. */
export function largeVariant(photo: Photo, legible: boolean): 'display' | 'original' | 'legible' {
  if (legible && hasLegible(photo)) return 'legible';
  if (photo.source === 'server' && !photo.variants.includes('display') && photo.variants.includes('original')) return 'original';
  return 'display';
}
