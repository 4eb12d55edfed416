'use client';
/** How many of my changes have not reached the server yet (documents still at `updatedAt: 0`). */
import { combineLatest, map, of } from 'rxjs';
import { notYetSynced } from '@/lib/offline/mutators';
import { useOffline } from './offline-provider';
import { useLive } from './use-live';
import { useRx } from './use-rx';

export function usePendingCount(): number {
  const { db, outbox } = useOffline();
  // Photos and files still on this device (not drafts: those are not written yet).
  const files = useLive(outbox ? () => outbox.files.where('state').anyOf('waiting', 'failed').count() : null, [outbox]) ?? 0;
  return (
    files +
    (useRx(() => {
      if (!db) return of(0);
      const selector = { updatedAt: notYetSynced };
      return combineLatest([db.posts.count({ selector }).$, db.comments.count({ selector }).$, db.receipts.count({ selector }).$]).pipe(
        map((counts) => counts.reduce((sum, n) => sum + n, 0)),
      );
    }, [db]) ?? 0)
  );
}

/** Posts and comments the server would not take, still on this device for the user to decide on. */
export function useRefusedCount(): number {
  const { outbox } = useOffline();
  return useLive(outbox ? () => outbox.refusals.count() : null, [outbox]) ?? 0;
}
