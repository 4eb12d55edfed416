'use client';
/**
 * Subscribes a component to a Dexie live query (the outbox); re-runs when the outbox changes. Dexie
 * comes with the device database's code (device-code.ts): a query exists only once the outbox is
 * open, so that code is there by then.
 */
import { useEffect, useState, type DependencyList } from 'react';
import { loadDeviceCode } from './device-code';

export function useLive<T>(query: (() => Promise<T>) | null, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!query) return;
    let live = true;
    let subscription: { unsubscribe: () => void } | null = null;
    void loadDeviceCode().then(
      ({ liveQuery }) => {
        if (!live) return;
        subscription = liveQuery(query).subscribe({
          next: setValue,
          error: (error: unknown) => {
            // Shown to whoever debugs the device; the screen shows what it shows without the answer.
            console.warn('A live query of the outbox failed', error);
            setValue(undefined);
          },
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
    // The caller lists what the query depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
