'use client';
/**
 * A post opened from a search (`/patient?id=…&post=…`): its time, so the timeline reaches back to
 * it, and once it is shown, the timeline scrolled to it, the post marked and focused.
 */
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';

export function useFoundPost(patientId: string): { postId: string | null; at: number | null } {
  const { db } = useOffline();
  const postId = useSearchParams().get('post');
  const found = useRx(() => (db && postId ? db.posts.findOne(postId).$ : null), [db, postId]);
  const at = found && found.id === postId && found.patientId === patientId ? found.clientCreatedAt : null;
  return { postId, at };
}

/**
 * Scrolls to the found post once its article is on screen; `letGo` stops the timeline following the
 * newest. Returns what shows it again (the same hit opened twice leaves the address as it was).
 */
export function useShowFound(
  list: RefObject<HTMLElement | null>,
  postId: string | null,
  shownIds: readonly string[],
  letGo: () => void,
): () => void {
  const [shown, setShown] = useState<string | null>(null);
  const present = postId !== null && shownIds.includes(postId);
  useEffect(() => {
    if (!postId || !present || shown === postId) return;
    const article = list.current?.querySelector<HTMLElement>(`article[data-post-id="${CSS.escape(postId)}"]`);
    if (!article) return;
    letGo();
    for (const before of list.current?.querySelectorAll<HTMLElement>('article[data-found]') ?? []) delete before.dataset.found;
    article.dataset.found = '';
    article.tabIndex = -1;
    article.scrollIntoView({ block: 'center' });
    article.focus({ preventScroll: true });
    setShown(postId);
  }, [list, postId, present, shown, letGo]);
  return useCallback(() => setShown(null), []);
}
