/**
 * Writes as devices do while a backup runs: a post pushed through the sync router, and for some a
 * small photo of its own (unique bytes, so every upload stores new files) through the upload service.
 */
import sharp from 'sharp';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import type { PostDoc } from '@/lib/schemas/post';
import type { ContentStore } from '@/server/files/content-store';
import type { CareTeamWorld, Person } from './care-team-world';
import { fileOptions, upload, uploadMetaFor } from './file-world';
import { postDocBy, push } from './sync-docs';

export interface Written {
  post: PostDoc;
  attachment: AttachmentDoc | null;
}

/** A JPEG no other index gives: a solid colour picked by the index. */
export function uniquePhoto(index: number): Promise<Buffer> {
  const background = { r: index % 256, g: Math.floor(index / 256) % 256, b: 90 };
  return sharp({ create: { width: 48, height: 32, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

/** Resolves once the server has acknowledged the post (and its photo): refused pushes throw. */
export async function writePost(
  world: CareTeamWorld,
  {
    person,
    patientId,
    store,
    index,
    withPhoto,
  }: { person: Person; patientId: string; store: ContentStore; index: number; withPhoto: boolean },
): Promise<Written> {
  const post = postDocBy(world, person, patientId, { body: `経過記録 ${index}` });
  const pushed = await push(world, person, 'posts', [post]);
  if ((pushed.refused ?? []).length > 0) throw new Error(`post ${index} refused: ${JSON.stringify(pushed.refused)}`);
  if (!withPhoto) return { post, attachment: null };
  const bytes = await uniquePhoto(index);
  const attachment = await upload(fileOptions(world, person, store), uploadMetaFor(post, bytes), bytes);
  return { post, attachment };
}
