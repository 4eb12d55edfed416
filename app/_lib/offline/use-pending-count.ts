'use client';
/** How many of my changes have not reached the server yet (documents still at `updatedAt: 0` — forms and readings too — files in the outbox). */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { combineLatest, map, of } from 'rxjs';
import { notYetSynced } from '@/lib/offline/mutators';
import { countUnsentFiles } from '@/lib/offline/outbox-records';
import { noteWaitingWork } from '@/lib/offline/waiting-work';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';
import { useOffline } from './offline-provider';
import { useLive } from './use-live';
import { useRx } from './use-rx';

export interface PendingSummary {
  posts: number;
  comments: number;
  receipts: number;
  /** Forms (drafts and finalised) and readings written here, not yet on the server. */
  forms: number;
  observations: number;
  /** Photos and files still on this device (not drafts: those are not written yet). */
  files: number;
}

/** What waits to be sent, by kind; null until the device's database has answered. */
export function usePendingSummary(): PendingSummary | null {
  const { db, outbox } = useOffline();
  const files = useLive(outbox ? () => countUnsentFiles(outbox) : null, [outbox]);
  const records = useRx(() => {
    if (!db) return of(null);
    const selector = { updatedAt: notYetSynced };
    return combineLatest([
      db.posts.count({ selector }).$,
      db.comments.count({ selector }).$,
      db.receipts.count({ selector }).$,
      db.forms.count({ selector }).$,
      db.observations.count({ selector }).$,
    ]).pipe(map(([posts, comments, receipts, forms, observations]) => ({ posts, comments, receipts, forms, observations })));
  }, [db]);
  return records && files !== undefined ? { ...records, files } : null;
}

const total = (summary: PendingSummary) =>
  summary.posts + summary.comments + summary.receipts + summary.forms + summary.observations + summary.files;

export function usePendingCount(): number {
  const summary = usePendingSummary();
  return summary ? total(summary) : 0;
}

/** Posts and comments the server would not take, still on this device for the user to decide on. */
export function useRefusedCount(): number {
  return useRefused() ?? 0;
}

function useRefused(): number | undefined {
  const { outbox } = useOffline();
  return useLive(outbox ? () => outbox.refusals.count() : null, [outbox]);
}

/**
 * Keeps the device's note of the user's waiting work current, so the sign-in screen can say it is
 * here should the session end (lib/offline/waiting-work.ts).
 */
export function WaitingWorkRecorder() {
  const { me, db } = useOffline();
  const trpc = useTRPC();
  const online = useOnline();
  const report = useMutation(trpc.devices.reportPending.mutationOptions());
  const summary = usePendingSummary();
  const refused = useRefused();
  // Unknown until both have answered: a zero meanwhile would erase the note of what waits.
  const count = summary && refused !== undefined ? total(summary) + refused : null;
  const reported = useRef<number | null>(null);
  useEffect(() => {
    if (!db || count === null) return;
    noteWaitingWork({ userId: me.id, loginId: me.loginId, displayName: me.displayName, count });
  }, [db, me, count]);
  // And to the server, so signing this device out from elsewhere can say so (once per change).
  const { mutate } = report;
  useEffect(() => {
    if (!db || count === null || !online || reported.current === count) return;
    const timer = window.setTimeout(() => {
      reported.current = count;
      mutate({ count }, { onError: () => (reported.current = null) });
    }, 2_000);
    return () => window.clearTimeout(timer);
  }, [db, online, count, mutate]);
  return null;
}
