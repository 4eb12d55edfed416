'use client';
/**
 * The timeline's kept first screen (lib/offline/timeline-copy.ts): read as the screen opens, shown
 * until the live timeline has its posts, and saved again, a moment after the live window settles,
 * whenever it differs from what is kept.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Directory } from '@/app/_lib/offline/directory';
import { noteCopyComing } from '@/app/_lib/first-screen';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { markOnce } from '@/app/_lib/perf-mark';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { PostDoc } from '@/lib/schemas/post';
import type { TimelineCopy } from '@/lib/offline/timeline-copy';

/** How long the live window stays unchanged before it is kept (a sync's burst of changes saves once). */
const saveAfterMs = 1_500;

export interface TimelineCopyState {
  /** The kept copy of this patient's first screen, until the live timeline has shown its posts. */
  shown: TimelineCopy | null;
  /** The live timeline has its posts: the copy is not shown again on this screen. */
  retire: () => void;
  /** The patient is not on this device (any more): the copy goes. */
  forget: (patientId: string) => void;
}

export function useTimelineCopy(patientId: string | null): TimelineCopyState {
  const { timelineCopies } = useOffline();
  const [state, setState] = useState<{ patientId: string; copy: TimelineCopy | null; retired: boolean } | null>(null);
  useEffect(() => {
    if (!patientId) return;
    let current = true;
    // The database's opening waits for this copy's paint (this effect runs before the layout's).
    const notComing = timelineCopies.patientIds().includes(patientId) ? noteCopyComing() : null;
    void timelineCopies.read(patientId).then(
      (copy) => {
        if (copy) markOnce('timeline-copy');
        else notComing?.();
        if (current) setState((was) => (was?.patientId === patientId ? was : { patientId, copy, retired: false }));
      },
      () => notComing?.(),
    );
    return () => {
      current = false;
    };
  }, [patientId, timelineCopies]);
  const retire = useCallback(
    () => patientId && setState((was) => (was?.patientId === patientId && was.retired ? was : { patientId, copy: null, retired: true })),
    [patientId],
  );
  const forget = useCallback((id: string) => timelineCopies.forget([id]), [timelineCopies]);
  const shown = state?.patientId === patientId && !state.retired ? state.copy : null;
  return useMemo(() => ({ shown, retire, forget }), [shown, retire, forget]);
}

export interface LiveWindow {
  patient: PatientDoc;
  teamSize: number;
  posts: readonly PostDoc[];
  hasEarlier: boolean;
  directory: Directory;
}

/** Keeps the live window as the patient's copy once it has settled (null: nothing to keep now). */
export function useKeepTimelineCopy(live: LiveWindow | null): void {
  const { timelineCopies } = useOffline();
  const kept = useRef<string | null>(null);
  useEffect(() => {
    if (!live || live.directory.size === 0) return;
    const timer = window.setTimeout(() => {
      const content = {
        patient: live.patient,
        teamSize: live.teamSize,
        posts: live.posts.map(plainPost),
        hasEarlier: live.hasEarlier,
        people: peopleOf(live.posts, live.directory),
      };
      const text = JSON.stringify(content);
      if (text === kept.current) return;
      kept.current = text;
      void timelineCopies.save({ ...content, savedAt: Date.now() }).catch(() => undefined);
    }, saveAfterMs);
    return () => window.clearTimeout(timer);
  }, [live, timelineCopies]);
}

/** A post as stored data (an RxDB document's own fields, without RxDB's). */
function plainPost(post: PostDoc): PostDoc {
  const withJson = post as PostDoc & { toJSON?: () => PostDoc };
  return typeof withJson.toJSON === 'function' ? withJson.toJSON() : post;
}

function peopleOf(posts: readonly PostDoc[], directory: Directory): DirectoryEntry[] {
  const ids = new Set<string>();
  for (const post of posts) {
    ids.add(post.authorId);
    for (const id of post.recipientIds) ids.add(id);
    if (post.retractedBy) ids.add(post.retractedBy);
    if (post.editedBy) ids.add(post.editedBy);
  }
  return [...ids].flatMap((id) => directory.get(id) ?? []);
}
