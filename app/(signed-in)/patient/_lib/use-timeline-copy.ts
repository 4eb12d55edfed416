'use client';
/** The timeline's kept first screen (lib/offline/timeline-copy.ts), through app/_lib/use-screen-copy.ts. */
import { useCallback, useMemo } from 'react';
import type { Directory } from '@/app/_lib/offline/directory';
import { dropEarlyScreen } from '@/app/_lib/early-screen/early-screen';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { peopleIn, useKeepScreen, useKeptScreen, type KeptScreen } from '@/app/_lib/use-screen-copy';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { PostDoc } from '@/lib/schemas/post';
import type { TimelineCopy } from '@/lib/offline/timeline-copy';

export interface TimelineCopyState extends KeptScreen<TimelineCopy> {
  /** The patient is not on this device (any more): the copy goes. */
  forget: (patientId: string) => void;
}

export function useTimelineCopy(patientId: string | null): TimelineCopyState {
  const { timelineCopies, screenPictures } = useOffline();
  const kept = useKeptScreen(timelineCopies, patientId, 'timeline-copy');
  const forget = useCallback(
    (id: string) => {
      timelineCopies.forgetPatients([id]);
      screenPictures.forgetPatients([id]);
      dropEarlyScreen();
    },
    [timelineCopies, screenPictures],
  );
  return useMemo(() => ({ ...kept, forget }), [kept, forget]);
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
  const content = useMemo(
    () =>
      live && live.directory.size > 0
        ? (): TimelineCopy => ({
            patient: live.patient,
            teamSize: live.teamSize,
            posts: live.posts.map(plainPost),
            hasEarlier: live.hasEarlier,
            people: peopleIn(live.posts.flatMap(namedIn), live.directory),
            savedAt: 0,
          })
        : null,
    [live],
  );
  const save = useCallback((copy: TimelineCopy) => timelineCopies.save({ ...copy, savedAt: Date.now() }), [timelineCopies]);
  useKeepScreen(content, save, timelinePicture);
}

/** The timeline opens at its end, the newest posts. */
const timelinePicture = { path: '/patient', patientIdsOf: (copy: TimelineCopy) => [copy.patient.id], scroll: 'bottom' } as const;

/** A post as stored data (an RxDB document's own fields, without RxDB's). */
function plainPost(post: PostDoc): PostDoc {
  const withJson = post as PostDoc & { toJSON?: () => PostDoc };
  return typeof withJson.toJSON === 'function' ? withJson.toJSON() : post;
}

/** Everyone a post names: its author, recipients, and who edited or retracted it. */
function namedIn(post: PostDoc): string[] {
  return [post.authorId, ...post.recipientIds, ...(post.retractedBy ? [post.retractedBy] : []), ...(post.editedBy ? [post.editedBy] : [])];
}
