/**
 * The first screen of a patient's timeline, kept for the next time it opens: the patient, the
 * newest window of posts and the names they show, sealed with the user's data key (AES-GCM, as the
 * databases are) in one localStorage entry per user. An app start paints it as soon as the key is
 * unlocked — one synchronous read and one decryption — instead of waiting for RxDB to open and for
 * its queries to queue behind the start's other IndexedDB work; the live timeline replaces it a
 * moment later. Only a few recently opened patients are kept, each whole or not at all.
 *
 * It holds nothing the user's database does not: it goes with the databases in every wipe, is
 * unreadable without the key (locked, signed out, another user), and a patient who leaves the
 * user's care team leaves it too (OfflineProvider drops the copy when the record leaves the device).
 */
import { filter } from 'rxjs';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { PostDoc } from '@/lib/schemas/post';
import type { RenrakuDatabase } from './collections';
import { nameSafe } from './device-generation';
import { decryptJson, encryptJson } from './encryption/cipher';

export interface TimelineCopy {
  patient: PatientDoc;
  /** The care team's size, for the header. */
  teamSize: number;
  /** The newest window of posts, oldest first, as the timeline showed it. */
  posts: PostDoc[];
  hasEarlier: boolean;
  /** Everyone the posts name (authors, recipients, who retracted). */
  people: DirectoryEntry[];
  savedAt: number;
}

interface StoredCopy {
  patientId: string;
  savedAt: number;
  sealed: string;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const prefix = 'renraku.timelineCopy.';
/** The patients kept: a nurse's round revisits a handful; the oldest copy goes first. */
export const keptCopies = 3;
/** A copy larger than this (sealed, in characters) is not kept: localStorage is small and shared. */
export const largestCopy = 400_000;

export interface TimelineCopies {
  read(patientId: string): Promise<TimelineCopy | null>;
  /** Seals and keeps a copy (replacing the patient's previous one); false if it was not kept. */
  save(copy: TimelineCopy): Promise<boolean>;
  /** Drops the copies of these patients. */
  forget(patientIds: readonly string[]): void;
  /** The patients that have a copy. */
  patientIds(): string[];
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function timelineCopies(userId: string, key: CryptoKey, storage: KeyValueStorage | null = defaultStorage()): TimelineCopies {
  const entry = prefix + nameSafe(userId);
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
      // Full: this copy is not kept (the timeline opens the slower way).
      return false;
    }
  };
  // A copy being sealed while its patient is forgotten is not kept after all.
  const forgotten = new Map<string, number>();
  const forget = (patientIds: readonly string[]) => {
    for (const id of patientIds) forgotten.set(id, (forgotten.get(id) ?? 0) + 1);
    const copies = load();
    const kept = copies.filter((copy) => !patientIds.includes(copy.patientId));
    if (kept.length !== copies.length) store(kept);
  };
  return {
    async read(patientId) {
      const stored = load().find((copy) => copy.patientId === patientId);
      if (!stored) return null;
      try {
        const copy = await decryptJson<TimelineCopy>(key, stored.sealed);
        // The patient is inside the sealed text too: a copy moved under another patient's id is refused.
        if (copy.patient?.id === patientId && Array.isArray(copy.posts)) return copy;
      } catch {
        // Another key (a new key ring) or an altered entry.
      }
      forget([patientId]);
      return null;
    },
    async save(copy) {
      const generation = forgotten.get(copy.patient.id) ?? 0;
      const sealed = await encryptJson(key, copy);
      if ((forgotten.get(copy.patient.id) ?? 0) !== generation) return false;
      const others = load().filter((stored) => stored.patientId !== copy.patient.id);
      if (sealed.length > largestCopy) {
        forget([copy.patient.id]);
        return false;
      }
      const newestFirst = [{ patientId: copy.patient.id, savedAt: copy.savedAt, sealed }, ...others].sort((a, b) => b.savedAt - a.savedAt);
      return store(newestFirst.slice(0, keptCopies));
    },
    forget,
    patientIds: () => load().map((copy) => copy.patientId),
  };
}

/** At every wipe of the user's data on this device. */
export function forgetTimelineCopies(userId: string, storage: KeyValueStorage | null = defaultStorage()): void {
  try {
    storage?.removeItem(prefix + nameSafe(userId));
  } catch {
    // Nothing stored.
  }
}

/**
 * A patient who leaves the device (off the care team, the record removed) leaves the copies too:
 * at once when the sync removes the record, and, for a removal the copies missed (a crash before
 * the drop was stored), by a check of every kept patient once `checkAfter` resolves. Returns a stop.
 */
export function forgetCopiesOfPatientsGone(
  db: Pick<RenrakuDatabase, 'patients'>,
  copies: TimelineCopies,
  checkAfter: Promise<unknown>,
): () => void {
  const removals = db.patients.$.pipe(filter((change) => change.operation === 'DELETE')).subscribe((change) =>
    copies.forget([change.documentId]),
  );
  let stopped = false;
  const checked = checkAfter.then(async () => {
    const kept = copies.patientIds();
    if (stopped || kept.length === 0) return;
    const found = await db.patients.findByIds(kept).exec();
    copies.forget(kept.filter((id) => !found.has(id)));
  });
  checked.catch(() => undefined);
  return () => {
    stopped = true;
    removals.unsubscribe();
  };
}
