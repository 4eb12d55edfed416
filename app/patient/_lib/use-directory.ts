'use client';
/** Everyone in the region's directory on this device, by user id: names, professions, facilities. */
import { map } from 'rxjs';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';

export type Directory = ReadonlyMap<string, DirectoryEntry>;

const empty: Directory = new Map();

export function useDirectory(): Directory {
  const { db } = useOffline();
  const directory = useRx(
    () => (db ? db.directory.find().$.pipe(map((docs) => new Map(docs.map((doc) => [doc.id, doc.toJSON() as DirectoryEntry])))) : null),
    [db],
  );
  return directory ?? empty;
}
