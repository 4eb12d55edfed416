'use client';
/**
 * The region's directory — who is who, for author names and adding team members — fetched once
 * per app start, kept on the device for offline use, and given to every screen through context.
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { map } from 'rxjs';
import { saveDirectory } from '@/lib/offline/mutators';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import { useTRPC } from '@/app/_lib/trpc';
import { useOffline } from './offline-provider';
import { useRx } from './use-rx';

export type Directory = ReadonlyMap<string, DirectoryEntry>;

const empty: Directory = new Map();
const DirectoryContext = createContext<Directory>(empty);

export function DirectoryProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const { db } = useOffline();
  const fetched = useQuery(trpc.patients.directory.queryOptions(undefined, { staleTime: 5 * 60_000, enabled: db !== null }));
  useEffect(() => {
    if (db && fetched.data) void saveDirectory(db, fetched.data).catch(() => undefined);
  }, [db, fetched.data]);
  const directory = useRx(
    () => (db ? db.directory.find().$.pipe(map((docs) => new Map(docs.map((doc) => [doc.id, doc.toJSON() as DirectoryEntry])))) : null),
    [db],
  );
  return <DirectoryContext.Provider value={directory ?? empty}>{children}</DirectoryContext.Provider>;
}

/** Everyone in the region's directory on this device, by user id: names, professions, facilities. */
export function useDirectory(): Directory {
  return useContext(DirectoryContext);
}

/** Names kept with a screen's copy (a timeline's first screen), given until the device's directory has loaded. */
export function DirectoryUntilLoaded({ people, children }: { people: readonly DirectoryEntry[]; children: ReactNode }) {
  const loaded = useDirectory();
  const kept = useMemo<Directory>(() => new Map(people.map((entry) => [entry.id, entry])), [people]);
  return <DirectoryContext.Provider value={loaded.size > 0 ? loaded : kept}>{children}</DirectoryContext.Provider>;
}
