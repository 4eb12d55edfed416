'use client';
/**
 * The post a link asked the timeline to show (`/patient?id=…&post=…`, from What's new): how far
 * back the timeline must reach to hold it, and, once it is on screen, scrolling to it and
 * marking it (focused and highlighted) so the eye and the keyboard land on it.
 */
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';

const postIdParam = z.uuid();

export function useFocusPostId(): string | null {
  const parsed = postIdParam.safeParse(useSearchParams().get('post'));
  return parsed.success ? parsed.data : null;
}

/** When the asked-for post was written (null: none asked, or not on this device). */
export function useFocusPostTime(postId: string | null): number | null {
  const { db } = useOffline();
  const post = useRx(() => (db && postId ? db.posts.findOne(postId).$ : null), [db, postId]);
  return postId && post && post.id === postId ? post.clientCreatedAt : null;
}

export function useScrollToPost(postId: string | null, shownPostIds: string[], letGoOfBottom: () => void): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!postId || done.current === postId || !shownPostIds.includes(postId)) return;
    const article = document.querySelector<HTMLElement>(`article.post[data-post-id="${postId}"]`);
    if (!article) return;
    done.current = postId;
    letGoOfBottom();
    for (const previous of document.querySelectorAll('article.post[data-focused]')) previous.removeAttribute('data-focused');
    article.setAttribute('data-focused', '');
    article.tabIndex = -1;
    article.scrollIntoView({ block: 'center' });
    article.focus({ preventScroll: true });
  }, [postId, shownPostIds, letGoOfBottom]);
}
