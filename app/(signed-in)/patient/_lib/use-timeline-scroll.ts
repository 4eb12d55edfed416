'use client';
/**
 * Keeps a chat-like timeline where the user expects it: at the newest post (the bottom) on open
 * and while they stay there as posts arrive, and in place when earlier posts load above. Never
 * under a finger: while a press is held, following the newest waits for its release, or the page
 * would move between the press and the release and the tap would be lost (a link in the patient's
 * header pressed as the first posts' comments and photos came in: ci84).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const nearBottomPx = 160;
/** A scroll this soon after the user touched, wheeled, typed or focused is theirs. */
const userIntentMs = 1000;

export function useTimelineScroll(list: RefObject<HTMLElement | null>, firstPostId: string | undefined) {
  const stickToBottom = useRef(true);
  const keepFromBottom = useRef<number | null>(null);
  /** A press is held; `followLater`: the newest is to be shown once it is released. */
  const pressing = useRef(false);
  const followLater = useRef(false);
  const root = () => document.documentElement;

  useEffect(() => {
    const press = () => {
      pressing.current = true;
    };
    // After the click the release makes (a task later), which must land where the press did.
    const release = () =>
      window.setTimeout(() => {
        pressing.current = false;
        if (followLater.current && stickToBottom.current) window.scrollTo(0, root().scrollHeight);
        followLater.current = false;
      });
    const releases = ['pointerup', 'pointercancel'] as const;
    window.addEventListener('pointerdown', press, { capture: true, passive: true });
    for (const type of releases) window.addEventListener(type, release, { capture: true, passive: true });
    return () => {
      window.removeEventListener('pointerdown', press, { capture: true });
      for (const type of releases) window.removeEventListener(type, release, { capture: true });
    };
  }, []);

  useEffect(() => {
    // Only the user moving up lets go of the bottom. Scrolls without their input (ours, or the
    // browser keeping content in place as posts above change) must not, or a new post would end
    // up behind the composer.
    const intents = ['wheel', 'touchmove', 'keydown', 'pointerdown', 'focusin'] as const;
    let lastY = window.scrollY;
    let userAt = 0;
    const noteUser = () => {
      userAt = performance.now();
    };
    const onScroll = () => {
      const y = window.scrollY;
      if (window.innerHeight + y >= root().scrollHeight - nearBottomPx) stickToBottom.current = true;
      else if (y < lastY && performance.now() - userAt < userIntentMs) stickToBottom.current = false;
      lastY = y;
    };
    for (const type of intents) window.addEventListener(type, noteUser, { passive: true, capture: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      for (const type of intents) window.removeEventListener(type, noteUser, { capture: true });
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    // Comments, receipts and new posts change the height after the first paint.
    const resize = new ResizeObserver(() => {
      if (!stickToBottom.current) return;
      if (pressing.current) followLater.current = true;
      else window.scrollTo(0, root().scrollHeight);
    });
    resize.observe(element);
    return () => resize.disconnect();
  }, [list]);

  useLayoutEffect(() => {
    if (keepFromBottom.current === null) return;
    window.scrollTo(0, root().scrollHeight - keepFromBottom.current);
    keepFromBottom.current = null;
  }, [firstPostId]);

  /** Call before loading earlier posts: the posts in view stay where they are. */
  const holdPosition = useCallback(() => {
    stickToBottom.current = false;
    keepFromBottom.current = root().scrollHeight - window.scrollY;
  }, []);

  /** Call when the user posts: show their post. */
  const followNewest = useCallback(() => {
    stickToBottom.current = true;
    window.scrollTo(0, root().scrollHeight);
  }, []);

  /** Call when something else decides where the timeline shows (a post opened from a search). */
  const letGo = useCallback(() => {
    stickToBottom.current = false;
  }, []);

  return { holdPosition, followNewest, letGo };
}
