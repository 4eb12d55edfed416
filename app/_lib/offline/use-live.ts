'use client';
/** Subscribes a component to a Dexie live query (the outbox); re-runs when the outbox changes. */
import { liveQuery } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

export function useLive<T>(query: (() => Promise<T>) | null, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!query) return;
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => {
        // Shown to whoever debugs the device; the screen shows what it shows without the answer.
        console.warn('A live query of the outbox failed', error);
        setValue(undefined);
      },
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
