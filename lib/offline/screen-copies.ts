/**
 * First screens kept for the next app start (a timeline's newest window, What's new, the patient
 * list): each sealed with the user's data key (AES-GCM, as the databases are) in one localStorage
 * entry per screen and user. A screen paints its copy as soon as the key is unlocked — one synchronous read and one
 * decryption — instead of waiting for RxDB to open and for its queries to queue behind the start's
 * other IndexedDB work; the live screen replaces it a moment later. Each copy is kept whole or not
 * at all, beside the opaque ids of the patients it shows (so that a patient leaving the device takes
 * every copy showing them along, without opening any).
 *
 * A copy holds nothing the user's database does not: it goes with the databases in every wipe, and
 * opens with no other key (locked, signed out, another user).
 */
import { filter } from 'rxjs';
import type { RenrakuDatabase } from './collections';
import { nameSafe } from './device-generation';
import { decryptJson, encryptJson } from './encryption/cipher';
import { screenCopyPrefix } from './storage-keys';

/** The screens kept; `firstPaint`: the pictures the page's first script shows (app/_lib/early-screen). */
export const screenCopyNames = ['timeline', 'whatsNew', 'patients', 'firstPaint'] as const;
export type ScreenCopyName = (typeof screenCopyNames)[number];

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface StoredCopy {
  id: string;
  /** The patients the copy shows. */
  patientIds: string[];
  savedAt: number;
  sealed: string;
}

/** A copy larger than this (sealed, in characters) is not kept: localStorage is small and shared. */
export const largestCopy = 400_000;

export interface ScreenCopies<T> {
  read(id: string): Promise<T | null>;
  /** Seals and keeps a copy (replacing the one of the same id); false if it was not kept. */
  save(id: string, patientIds: readonly string[], value: T, savedAt: number): Promise<boolean>;
  has(id: string): boolean;
  /** Drops the copy kept under this id. */
  forget(id: string): void;
  /** Drops every copy showing any of these patients. */
  forgetPatients(patientIds: readonly string[]): void;
  /** Every patient a kept copy shows. */
  patientIds(): string[];
}

export function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The localStorage entry holding one screen's copies for a user. */
export const entryOf = (name: ScreenCopyName, userId: string) => `${screenCopyPrefix}${name}.${nameSafe(userId)}`;

/** The copies of one screen, the `kept` most recently saved. */
export function screenCopies<T>(
  name: ScreenCopyName,
  userId: string,
  key: CryptoKey,
  kept: number,
  storage: KeyValueStorage | null = defaultStorage(),
): ScreenCopies<T> {
  const entry = entryOf(name, userId);
  const load = (): StoredCopy[] => {
    try {
      const parsed = JSON.parse(storage?.getItem(entry) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as StoredCopy[]).filter((copy) => typeof copy?.sealed === 'string') : [];
    } catch {
      return [];
    }
  };
  const store = (copies: StoredCopy[]): boolean => {
    try {
      if (copies.length === 0) storage?.removeItem(entry);
      else storage?.setItem(entry, JSON.stringify(copies));
      return storage !== null;
    } catch {
      // Full: this copy is not kept (the screen opens the slower way).
      return false;
    }
  };
  const drop = (gone: (copy: StoredCopy) => boolean) => {
    const copies = load();
    const left = copies.filter((copy) => !gone(copy));
    if (left.length !== copies.length) store(left);
  };
  // A copy being sealed while a patient it shows is forgotten is not kept after all.
  const forgotten = new Map<string, number>();
  const generationOf = (patientIds: readonly string[]) => patientIds.reduce((sum, id) => sum + (forgotten.get(id) ?? 0), 0);
  return {
    async read(id) {
      const stored = load().find((copy) => copy.id === id);
      if (!stored) return null;
      try {
        const opened = await decryptJson<{ id: string; value: T }>(key, stored.sealed);
        // The id is inside the sealed text too: a copy moved under another id is refused.
        if (opened.id === id && opened.value !== undefined) return opened.value;
      } catch {
        // Another key (a new key ring) or an altered entry.
      }
      drop((copy) => copy.id === id);
      return null;
    },
    async save(id, patientIds, value, savedAt) {
      const generation = generationOf(patientIds);
      const sealed = await encryptJson(key, { id, value });
      if (generationOf(patientIds) !== generation) return false;
      if (sealed.length > largestCopy) {
        // An older copy would show an older screen than the live one.
        drop((copy) => copy.id === id);
        return false;
      }
      const others = load().filter((copy) => copy.id !== id);
      const newestFirst = [{ id, patientIds: [...patientIds], savedAt, sealed }, ...others].sort((a, b) => b.savedAt - a.savedAt);
      return store(newestFirst.slice(0, kept));
    },
    has: (id) => load().some((copy) => copy.id === id),
    forget: (id) => drop((copy) => copy.id === id),
    forgetPatients(patientIds) {
      for (const id of patientIds) forgotten.set(id, (forgotten.get(id) ?? 0) + 1);
      drop((copy) => copy.patientIds.some((id) => patientIds.includes(id)));
    },
    patientIds: () => [...new Set(load().flatMap((copy) => copy.patientIds))],
  };
}

/** At every wipe of the user's data on this device. */
export function forgetScreenCopies(userId: string, storage: KeyValueStorage | null = defaultStorage()): void {
  for (const name of screenCopyNames) {
    try {
      storage?.removeItem(entryOf(name, userId));
    } catch {
      // Nothing stored.
    }
  }
}

type PatientCopies = Pick<ScreenCopies<unknown>, 'forgetPatients' | 'patientIds'>;

/**
 * A patient who leaves the device (off the care team, the record removed) leaves every copy showing
 * them: at once when the sync removes the record, and, for a removal the copies missed (a crash
 * before the drop was stored), by a check of every kept patient once `checkAfter` resolves.
 * Returns a stop.
 */
export function forgetCopiesOfPatientsGone(
  db: Pick<RenrakuDatabase, 'patients'>,
  copies: readonly PatientCopies[],
  checkAfter: Promise<unknown>,
): () => void {
  const removals = db.patients.$.pipe(filter((change) => change.operation === 'DELETE')).subscribe((change) => {
    for (const each of copies) each.forgetPatients([change.documentId]);
  });
  let stopped = false;
  const checked = checkAfter.then(async () => {
    const kept = [...new Set(copies.flatMap((each) => each.patientIds()))];
    if (stopped || kept.length === 0) return;
    const found = await db.patients.findByIds(kept).exec();
    const gone = kept.filter((id) => !found.has(id));
    if (gone.length > 0) for (const each of copies) each.forgetPatients(gone);
  });
  checked.catch(() => undefined);
  return () => {
    stopped = true;
    removals.unsubscribe();
  };
}
