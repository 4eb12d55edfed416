'use client';
/**
 * What's new's kept first screen (lib/offline/screen-copies.ts, through app/_lib/use-screen-copy.ts):
 * the first patients' groups as last shown unfiltered — each with its count, its patient's name and
 * its first few items (excerpts only) — the summary line and the names the items show.
 */
import { useMemo } from 'react';
import type { Directory } from '@/app/_lib/offline/directory';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { peopleIn, useKeepScreenCopy, useKeptScreen, type KeptScreen } from '@/app/_lib/use-screen-copy';
import type { ScreenCopies } from '@/lib/offline/screen-copies';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import { excerptLength, groupUnreadCount, itemsShownAtFirst, type FeedGroup, type FeedItem } from './build-feed';

export interface CopiedGroup extends FeedGroup {
  patientName: string | null;
  /** The group's unread count (its items beyond the first few are not kept). */
  count: number;
}

export interface WhatsNewCopy {
  groups: CopiedGroup[];
  total: number;
  patients: number;
  people: DirectoryEntry[];
}

const copyId = 'feed';

export function useWhatsNewCopy(): KeptScreen<WhatsNewCopy> {
  const { whatsNewCopy } = useOffline();
  return useKeptScreen(whatsNewCopy as ScreenCopies<WhatsNewCopy>, copyId, 'whats-new-copy');
}

export interface LiveFeed {
  groups: FeedGroup[];
  nameOf: (patientId: string) => string | null;
  total: number;
  patients: number;
  directory: Directory;
}

/** Keeps the first `groupsShown` groups of the live, complete, unfiltered feed (null: nothing to keep now). */
export function useKeepWhatsNewCopy(live: LiveFeed | null, groupsShown: number): void {
  const { whatsNewCopy } = useOffline();
  const content = useMemo(
    () =>
      live && live.directory.size > 0
        ? (): WhatsNewCopy => {
            const groups = live.groups.slice(0, groupsShown).map((group) => ({
              patientId: group.patientId,
              patientName: live.nameOf(group.patientId),
              count: groupUnreadCount(group),
              items: group.items.slice(0, itemsShownAtFirst).map(shortened),
            }));
            const authors = groups.flatMap((group) => group.items.map((item) => item.post.authorId));
            return { groups, total: live.total, patients: live.patients, people: peopleIn(authors, live.directory) };
          }
        : null,
    [live, groupsShown],
  );
  useKeepScreenCopy(whatsNewCopy, copyId, content, patientIdsOf, '/whats-new');
}

const patientIdsOf = (copy: WhatsNewCopy) => copy.groups.map((group) => group.patientId);

/** An item with only the excerpt its link shows (one character past it, so the ellipsis stays). */
function shortened(item: FeedItem): FeedItem {
  return { ...item, post: { ...item.post, body: item.post.body.slice(0, excerptLength + 1) } };
}
