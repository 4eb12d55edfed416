/**
 * Removes what no attachment refers to: files left by an upload that failed after storing its
 * variants (over quota, a crash between the file and its row), and temp files of interrupted
 * uploads. Files younger than the grace period are spared: an upload may be between storing its
 * variants and writing its row right now. Attachments themselves are never removed.
 */
import 'server-only';
import { stat } from 'node:fs/promises';
import type { Db } from '@/server/db/client';
import { attachments } from '@/server/db/schema';
import type { ContentStore } from '@/server/files/content-store';

export interface CleanUpReport {
  kept: number;
  removedOrphans: number;
  removedTemp: number;
}

export async function cleanUpFiles(
  { db, store, now = Date.now() }: { db: Db; store: ContentStore; now?: number },
  { graceMs = 24 * 3_600_000, tempGraceMs = 3_600_000 } = {},
): Promise<CleanUpReport> {
  const referenced = new Set<string>();
  for (const row of db.select({ variants: attachments.variants }).from(attachments).all()) {
    for (const variant of Object.values(row.variants)) if (variant) referenced.add(variant.sha256);
  }
  let kept = 0;
  let removedOrphans = 0;
  for await (const hash of store.listAll()) {
    if (referenced.has(hash)) {
      kept += 1;
      continue;
    }
    const info = await stat(store.path(hash)).catch(() => null);
    if (!info || info.mtimeMs > now - graceMs) continue;
    if (await store.remove(hash)) removedOrphans += 1;
  }
  return { kept, removedOrphans, removedTemp: await store.sweepTemp(tempGraceMs, now) };
}
