/**
 * What a device holds unsent, as the app's outbox does: each post, and the file to send once its
 * post is through. A step counts as acknowledged only when the server answered it; a request the
 * server never answered (it was killed) leaves the step to be sent again.
 */
import { randomUUID } from 'node:crypto';
import type { UploadMeta } from '@/lib/schemas/attachment';
import type { PostDoc } from '@/lib/schemas/post';
import type { CareTeamWorld, Person } from './care-team-world';
import { sha256Of } from './file-world';
import type { HttpDevice } from './http-device';
import { postDocBy } from './sync-docs';
import { uniquePhoto } from './timeline-writer';
import { minimalPdf } from '@/tests/unit/files/samples';

export interface OutboxItem {
  post: PostDoc;
  file: { meta: UploadMeta; bytes: Buffer } | null;
  postAcknowledged: boolean;
  fileAcknowledged: boolean;
  /** When the whole item was acknowledged (Date.now()), or null. */
  acknowledgedAt: number | null;
}

export type Attached = 'photo' | 'document' | null;

/** A post with a marker in its text no other item has, and a file of bytes no other file has. */
export async function outboxItem(
  world: CareTeamWorld,
  { person, patientId, index, attached }: { person: Person; patientId: string; index: number; attached: Attached },
): Promise<OutboxItem> {
  const post = postDocBy(world, person, patientId, { body: `訪問記録 #${person}-${index}` });
  let file: OutboxItem['file'] = null;
  if (attached) {
    const bytes = attached === 'photo' ? await uniquePhoto(index) : Buffer.concat([minimalPdf(), Buffer.from(`% ${person}-${index}\n`)]);
    const meta: UploadMeta = {
      id: randomUUID(),
      postId: post.id,
      patientId,
      kind: attached === 'photo' ? 'wound' : 'document',
      fileName: attached === 'photo' ? `wound-${index}.jpg` : `report-${index}.pdf`,
      sha256: sha256Of(bytes),
      clientCreatedAt: Date.now(),
    };
    file = { meta, bytes };
  }
  return { post, file, postAcknowledged: false, fileAcknowledged: false, acknowledgedAt: null };
}

/**
 * Sends what is not yet acknowledged; throws when the server does not answer or refuses.
 * `resend` pushes an acknowledged post again, as a device does whose answer was lost.
 */
export async function sendItem(device: HttpDevice, item: OutboxItem, { resend = false } = {}): Promise<void> {
  if (!item.postAcknowledged || resend) {
    const answer = await device.push('posts', [item.post]);
    if ((answer.refused ?? []).length > 0) throw new Error(`${item.post.body} refused: ${JSON.stringify(answer.refused)}`);
    item.postAcknowledged = true;
  }
  if (item.file && !item.fileAcknowledged) {
    const response = await device.upload(item.file.meta, item.file.bytes);
    if (!response.ok) throw new Error(`${item.file.meta.fileName} refused: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    item.fileAcknowledged = true;
  }
  item.acknowledgedAt ??= Date.now();
}
