/**
 * The first screen of a patient's timeline, kept for the next time it opens (./screen-copies.ts):
 * the patient, the newest window of posts and the names they show, for the three patients opened
 * last.
 */
import type { DirectoryEntry } from '@/lib/schemas/directory';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { PostDoc } from '@/lib/schemas/post';
import { defaultStorage, screenCopies, type KeyValueStorage } from './screen-copies';

export interface TimelineCopy {
  patient: PatientDoc;
  /** The care team's size, for the header. */
  teamSize: number;
  /** The newest window of posts, oldest first, as the timeline showed it. */
  posts: PostDoc[];
  hasEarlier: boolean;
  /** Everyone the posts name (authors, recipients, who edited or retracted). */
  people: DirectoryEntry[];
  savedAt: number;
}

/** The patients kept: a nurse's round revisits a handful; the oldest copy goes first. */
export const keptCopies = 3;

export interface TimelineCopies {
  read(patientId: string): Promise<TimelineCopy | null>;
  /** Seals and keeps a copy (replacing the patient's previous one); false if it was not kept. */
  save(copy: TimelineCopy): Promise<boolean>;
  has(patientId: string): boolean;
  /** Drops the copies of these patients. */
  forgetPatients(patientIds: readonly string[]): void;
  /** The patients that have a copy. */
  patientIds(): string[];
}

export function timelineCopies(userId: string, key: CryptoKey, storage: KeyValueStorage | null = defaultStorage()): TimelineCopies {
  const copies = screenCopies<TimelineCopy>('timeline', userId, key, keptCopies, storage);
  return {
    async read(patientId) {
      const copy = await copies.read(patientId);
      return copy && copy.patient?.id === patientId && Array.isArray(copy.posts) ? copy : null;
    },
    save: (copy) => copies.save(copy.patient.id, [copy.patient.id], copy, copy.savedAt),
    has: copies.has,
    forgetPatients: copies.forgetPatients,
    patientIds: copies.patientIds,
  };
}
