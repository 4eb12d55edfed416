'use client';
/** Whether the window is wide enough for two panes (a desk's PC); tablets and phones keep one column. */
import { useSyncExternalStore } from 'react';

export const twoPaneQuery = '(min-width: 1200px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(twoPaneQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(twoPaneQuery).matches,
    () => false,
  );
}
