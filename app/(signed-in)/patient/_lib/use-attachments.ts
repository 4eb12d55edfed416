'use client';
/**
 * A patient's photos and documents as the screens show them: those the server has (synced
 * records; bytes from /api/files) and those still in this device's outbox (bytes from IndexedDB),
 * as one list, so a photo taken offline shows at once and stays put once sent.
 */
import { useEffect, useMemo, useState } from 'react';
import { map } from 'rxjs';
import type { AttachmentDoc, FileVariant } from '@/lib/schemas/attachment';
import { attachmentUrl } from '@/lib/schemas/attachment';
import { keepThumbnail, type OutboxFile, type OutboxState } from '@/lib/offline/outbox-records';
import { useOnline } from '@/app/_lib/use-online';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useLive } from '@/app/_lib/offline/use-live';
import { useRx } from '@/app/_lib/offline/use-rx';

/** What a synced record and an outbox file both say about the file itself. */
type FileFacts = Pick<OutboxFile, 'id' | 'postId' | 'patientId' | 'kind' | 'fileName' | 'mime' | 'width' | 'height'>;

export interface ShownAttachment extends FileFacts {
  /** When the photo was taken or the file attached (device time). */
  createdAt: number;
  uploadedBy: string;
  /** Where it comes from: the server (synced) or this device's outbox (not yet on the server). */
  source: 'server' | 'outbox';
  /** For outbox files: draft, waiting or failed (with the reason). */
  state: OutboxState | 'stored';
  errorCode: string | null;
  /** Server variants, or the outbox's bytes. */
  variants: FileVariant[];
  outbox: OutboxFile | null;
}

export const isPhoto = (attachment: Pick<ShownAttachment, 'kind'>) => attachment.kind !== 'document';

function factsOf({ id, postId, patientId, kind, fileName, mime, width, height }: FileFacts): FileFacts {
  return { id, postId, patientId, kind, fileName, mime, width, height };
}

function fromServer(doc: AttachmentDoc): ShownAttachment {
  return {
    ...factsOf(doc),
    createdAt: doc.clientCreatedAt,
    uploadedBy: doc.uploadedBy,
    source: 'server',
    state: 'stored',
    errorCode: null,
    variants: doc.variants,
    outbox: null,
  };
}

function fromOutbox(file: OutboxFile, uploadedBy: string): ShownAttachment {
  return {
    ...factsOf(file),
    createdAt: file.createdAt,
    uploadedBy,
    source: 'outbox',
    state: file.state,
    errorCode: file.errorCode,
    variants: [],
    outbox: file,
  };
}

/** Server records win over outbox entries of the same id (the moment between upload and clean-up). */
function merge(server: AttachmentDoc[], outbox: OutboxFile[], me: string): ShownAttachment[] {
  const shown = new Map<string, ShownAttachment>();
  for (const file of outbox) if (file.state !== 'draft') shown.set(file.id, fromOutbox(file, me));
  for (const doc of server) shown.set(doc.id, fromServer(doc));
  return [...shown.values()].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * Every attachment of a patient from `since` (device time of the post; 0 for all), oldest first.
 * One indexed query for the synced ones and one for the outbox, whatever the number of posts.
 * `since: null` waits (the timeline, until it knows its first post).
 */
export function usePatientAttachments(patientId: string, since: number | null = 0): ShownAttachment[] | undefined {
  const { db, outbox, me } = useOffline();
  const server = useRx(
    () =>
      db && since !== null
        ? db.attachments
            .find({ selector: { patientId, clientCreatedAt: { $gte: since } }, sort: [{ clientCreatedAt: 'asc' }] })
            .$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as AttachmentDoc)))
        : null,
    [db, patientId, since],
  );
  const pending = useLive(outbox ? () => outbox.files.where('patientId').equals(patientId).toArray() : null, [outbox, patientId]);
  return useMemo(() => (server === undefined ? undefined : merge(server, pending ?? [], me.id)), [server, pending, me.id]);
}

/** The attachments of each of the given posts, by post id (posts without any are absent). */
export function groupByPost(attachments: ShownAttachment[] | undefined): ReadonlyMap<string, ShownAttachment[]> {
  const byPost = new Map<string, ShownAttachment[]>();
  for (const attachment of attachments ?? []) {
    const list = byPost.get(attachment.postId) ?? [];
    list.push(attachment);
    byPost.set(attachment.postId, list);
  }
  return byPost;
}

/** An object URL for bytes held on the device, revoked when no longer shown. */
export function useObjectUrl(bytes: ArrayBuffer | null | undefined, mime: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bytes) {
      setUrl(null);
      return;
    }
    const created = URL.createObjectURL(new Blob([bytes], { type: mime }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [bytes, mime]);
  return url;
}

/**
 * Where to load an image of the attachment from: the server's variant when it has one, else the
 * outbox's bytes (the device's own thumbnail for `thumb`, the downsized photo otherwise).
 */
export function useImageSource(attachment: ShownAttachment, variant: 'thumb' | 'display' | 'original' | 'legible'): string | null {
  const outbox = attachment.outbox;
  const local = useObjectUrl(
    outbox ? (variant === 'thumb' ? (outbox.thumb ?? null) : outbox.bytes) : null,
    variant === 'thumb' ? 'image/jpeg' : (outbox?.mime ?? 'image/jpeg'),
  );
  const kept = useKeptThumbnail(
    attachment.source === 'server' && variant === 'thumb' && attachment.variants.includes('thumb') ? attachment.id : null,
  );
  if (kept.offline && attachment.source === 'server' && variant === 'thumb') return kept.url;
  if (attachment.source === 'server') {
    const chosen = attachment.variants.includes(variant) ? variant : attachment.variants.includes('display') ? 'display' : null;
    return chosen ? attachmentUrl(attachment.id, chosen) : null;
  }
  return local;
}

/**
 * A synced photo's thumbnail kept encrypted on the device: fetched once online and kept (the
 * server says no-store; nothing is cached in clear), shown from the device when offline.
 */
function useKeptThumbnail(id: string | null): { offline: boolean; url: string | null } {
  const { outbox } = useOffline();
  const online = useOnline();
  const [bytes, setBytes] = useState<ArrayBuffer | null>(null);
  useEffect(() => {
    if (!id || !outbox) return;
    let cancelled = false;
    void (async () => {
      const stored = await outbox.thumbs.get(id).catch(() => undefined);
      if (stored) {
        if (!cancelled && !online) setBytes(stored.bytes);
        return;
      }
      if (!online) return;
      const response = await fetch(attachmentUrl(id, 'thumb'), { credentials: 'same-origin' }).catch(() => null);
      if (!response?.ok) return;
      const fetched = await response.arrayBuffer();
      await keepThumbnail(outbox, { id, bytes: fetched, mime: response.headers.get('content-type') ?? 'image/webp', storedAt: Date.now() });
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [id, outbox, online]);
  const url = useObjectUrl(online ? null : bytes, 'image/webp');
  return { offline: !online, url };
}
