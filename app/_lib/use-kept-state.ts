'use client';
/**
 * State that outlives its component while this device's database stays open: on a wide screen a
 * search hit or a patient opened on the right remounts the list on the left, which keeps what was
 * typed in it. Held in memory only, with the open database: a lock or a sign-out closes it, and
 * the next database starts empty.
 */
import { useState } from 'react';
import { useOffline } from '@/app/_lib/offline/offline-provider';

const keptByDatabase = new WeakMap<object, Map<string, unknown>>();

export function useKeptState<T>(key: string, initial: T): [T, (next: T) => void] {
  const { db } = useOffline();
  const kept = db ? (keptByDatabase.get(db) ?? keptByDatabase.set(db, new Map()).get(db)) : undefined;
  const [value, setValue] = useState<T>(() => (kept?.has(key) ? (kept.get(key) as T) : initial));
  const set = (next: T) => {
    kept?.set(key, next);
    setValue(next);
  };
  return [value, set];
}
