'use client';
/**
 * Marks posts read (既読) once they have really been on screen: half of the post, or a good part
 * of the screen for a long one, while the page is visible. Receipts are written to the device in
 * small batches and reach the server with the next sync.
 */
import { useCallback, useEffect, useRef } from 'react';
import { markRead } from '@/lib/offline/mutators';
import { useOffline } from '@/app/_lib/offline/offline-provider';

const flushEveryMs = 1000;

export function useReadMarker(patientId: string): (element: HTMLElement | null) => (() => void) | undefined {
  const { writer } = useOffline();
  const observer = useRef<IntersectionObserver | null>(null);
  const tracked = useRef(new Set<HTMLElement>());

  useEffect(() => {
    if (!writer) return;
    const pending = new Set<string>();
    const flush = () => {
      if (pending.size === 0) return;
      const postIds = [...pending];
      pending.clear();
      void markRead(writer, patientId, postIds);
    };
    const io = new IntersectionObserver(
      (entries) => {
        if (document.visibilityState !== 'visible') return;
        for (const entry of entries) {
          const seen = entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= window.innerHeight * 0.4;
          const postId = (entry.target as HTMLElement).dataset.postId;
          if (!entry.isIntersecting || !seen || !postId) continue;
          pending.add(postId);
          io.unobserve(entry.target);
        }
      },
      // The composer covers the bottom of the screen.
      { threshold: [0, 0.25, 0.5, 0.75, 1], rootMargin: '0px 0px -140px 0px' },
    );
    observer.current = io;
    for (const element of tracked.current) io.observe(element);
    const timer = window.setInterval(flush, flushEveryMs);
    return () => {
      window.clearInterval(timer);
      io.disconnect();
      observer.current = null;
      flush();
    };
  }, [writer, patientId]);

  return useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    tracked.current.add(element);
    observer.current?.observe(element);
    return () => {
      tracked.current.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);
}
