'use client';
/** Everything written on this device that the server has not confirmed yet (`updatedAt: 0`). */
import { combineLatest, map } from 'rxjs';
import { notYetSynced } from '@/lib/offline/mutators';
import type { CommentDoc, ReceiptDoc } from '@/lib/schemas/comment';
import type { FormDoc } from '@/lib/schemas/form';
import type { ObservationDoc } from '@/lib/schemas/observation';
import type { PostDoc } from '@/lib/schemas/post';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useLive } from '@/app/_lib/offline/use-live';
import { useRx } from '@/app/_lib/offline/use-rx';
import { refusalKey, unsentFiles, type OutboxFile, type PushRefusal } from '@/lib/offline/outbox-records';

export interface PendingItems {
  posts: PostDoc[];
  comments: CommentDoc[];
  receipts: ReceiptDoc[];
  /** Forms written or changed here: drafts as typed, finalised ones, discards. */
  forms: FormDoc[];
  /** Readings and wound scores, and their withdrawals. */
  observations: ObservationDoc[];
  patientNames: ReadonlyMap<string, string>;
  /** Photos and files not yet on the server (their bytes are left out). */
  files: Array<Omit<OutboxFile, 'bytes' | 'thumb'>>;
  /** What the server would not take, by `<collection>:<id>`. */
  refusals: ReadonlyMap<string, PushRefusal>;
  /** Refused changes to records the server holds: the device shows the server's copy, the text waits here. */
  keptChanges: PushRefusal[];
}

export function usePendingItems(): PendingItems | undefined {
  const { db, outbox } = useOffline();
  const files = useLive(outbox ? async () => (await unsentFiles(outbox)).map(({ bytes: _bytes, thumb: _thumb, ...meta }) => meta) : null, [
    outbox,
  ]);
  const refusals = useLive(outbox ? () => outbox.refusals.toArray() : null, [outbox]);
  const records = useRx(() => {
    if (!db) return null;
    const selector = { updatedAt: notYetSynced };
    return combineLatest([
      db.posts.find({ selector }).$,
      db.comments.find({ selector }).$,
      db.receipts.find({ selector }).$,
      db.forms.find({ selector }).$,
      db.observations.find({ selector }).$,
      db.patients.find().$,
    ]).pipe(
      map(([posts, comments, receipts, forms, observations, patients]) => ({
        posts: posts.map((doc) => doc.toJSON() as PostDoc).sort((a, b) => b.clientCreatedAt - a.clientCreatedAt),
        comments: comments.map((doc) => doc.toJSON() as CommentDoc).sort((a, b) => b.clientCreatedAt - a.clientCreatedAt),
        receipts: receipts.map((doc) => doc.toJSON() as ReceiptDoc),
        forms: forms.map((doc) => doc.toJSON() as FormDoc).sort((a, b) => b.clientCreatedAt - a.clientCreatedAt),
        observations: observations.map((doc) => doc.toJSON() as ObservationDoc).sort((a, b) => b.measuredAt - a.measuredAt),
        patientNames: new Map(patients.map((patient) => [patient.id, patient.name])),
      })),
    );
  }, [db]);
  if (!records) return undefined;
  const pendingKeys = new Set([
    ...records.posts.map((post) => refusalKey('posts', post.id)),
    ...records.comments.map((comment) => refusalKey('comments', comment.id)),
    ...records.forms.map((form) => refusalKey('forms', form.id)),
    ...records.observations.map((observation) => refusalKey('observations', observation.id)),
  ]);
  return {
    ...records,
    files: files ?? [],
    refusals: new Map((refusals ?? []).map((refusal) => [refusal.key, refusal])),
    keptChanges: (refusals ?? []).filter((refusal) => !pendingKeys.has(refusal.key) && refusal.written),
  };
}
