'use client';
/** Asks the device's search index as the user types; answers to older text never replace newer ones. */
import { useEffect, useMemo, useState } from 'react';
import type { SearchAnswer } from '@/lib/search/search-entry';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import type * as deviceSearch from './device-search';

type DeviceSearchCode = typeof deviceSearch;

/**
 * The index's code (the entries of every kind of record, the forms' templates, the worker's client)
 * is fetched when a screen first starts a search, not with the screen: no first paint waits for it.
 */
let loadedCode: DeviceSearchCode | null = null;
function loadCode(): Promise<DeviceSearchCode> {
  return import('./device-search').then((code) => (loadedCode = code));
}

export interface RecordSearchState {
  ready: boolean;
  /** The answer and the text it answers (null while nothing is asked). */
  answer: (SearchAnswer & { query: string }) | null;
}

/**
 * `start`: build the index if nothing has yet. A screen starts it when the user turns to its box,
 * not when it opens: indexing every record would compete with the screen's own first paint.
 */
export function useRecordSearch(query: string, patientId: string | null, start: boolean): RecordSearchState {
  const { db, me } = useOffline();
  const [code, setCode] = useState(loadedCode);
  useEffect(() => {
    if (!start || code) return;
    let current = true;
    loadCode().then(
      (loaded) => {
        if (current) setCode(loaded);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [start, code]);
  const search = useMemo(
    () => (db && code ? (start ? code.deviceSearchFor(db, me.id) : code.runningDeviceSearch(db, me.id)) : null),
    [db, code, me.id, start],
  );
  const status = useRx(() => search?.status ?? null, [search]);
  const [answer, setAnswer] = useState<RecordSearchState['answer']>(null);
  const ready = status?.ready ?? false;
  const version = status?.version ?? 0;
  const text = query.trim();

  useEffect(() => {
    if (!search || !ready || !text) return;
    let current = true;
    void search.search(text, patientId).then((found) => {
      if (!current) return;
      performance.measure('renraku:search-query', { start: performance.now() - found.ms, duration: found.ms });
      setAnswer({ ...found, query: text });
    });
    return () => {
      current = false;
    };
  }, [search, ready, version, text, patientId]);

  return { ready, answer: text && answer ? answer : null };
}
