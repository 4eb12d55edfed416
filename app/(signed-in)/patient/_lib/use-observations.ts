'use client';
/** A patient's measurements (vital signs, wound scores) on this device, oldest first. */
import { useMemo } from 'react';
import { map } from 'rxjs';
import type { ObservationDoc, ObservationKind } from '@/lib/schemas/observation';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';

/** `since` (measurement time) limits the read to a window, for the timeline's shown posts; null waits. */
export function usePatientObservations(patientId: string, kind: ObservationKind, since: number | null = 0): ObservationDoc[] | undefined {
  const { db } = useOffline();
  const all = useRx(
    () =>
      db && since !== null
        ? db.observations
            .find({ selector: { patientId, measuredAt: { $gte: since } }, sort: [{ measuredAt: 'asc' }] })
            .$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as ObservationDoc)))
        : null,
    [db, patientId, since],
  );
  return useMemo(() => all?.filter((doc) => doc.kind === kind), [all, kind]);
}

/** Readings by the post they were written with. */
export function byPost(observations: ObservationDoc[] | undefined): ReadonlyMap<string, ObservationDoc[]> {
  const grouped = new Map<string, ObservationDoc[]>();
  for (const observation of observations ?? []) {
    if (!observation.postId) continue;
    grouped.set(observation.postId, [...(grouped.get(observation.postId) ?? []), observation]);
  }
  return grouped;
}
