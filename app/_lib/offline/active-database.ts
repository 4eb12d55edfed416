'use client';
/** The database and replication open in this page, so sign-out can stop and remove them first. */
import type { RenrakuDatabase } from '@/lib/offline/collections';
import type { OutboxDatabase } from '@/lib/offline/outbox';
import type { ReplicationHandle } from '@/lib/offline/replication';

let active: { db: RenrakuDatabase; replication: ReplicationHandle | null; outbox: OutboxDatabase | null } | null = null;

export function setActiveDatabase(value: typeof active): void {
  active = value;
}

export async function closeAndRemoveActiveDatabase(): Promise<void> {
  const current = active;
  active = null;
  if (!current) return;
  await current.replication?.stop().catch(() => undefined);
  await current.db.remove().catch(() => undefined);
  await current.outbox?.delete().catch(() => undefined);
}
