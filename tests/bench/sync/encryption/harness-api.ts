/** What the in-page harness (./harness.ts) offers the bench, as `window.renrakuEncryptionBench`. */

/** RxDB on Dexie as it is, or wrapped by lib/offline/encryption/encrypted-rx-storage.ts. */
export type StorageKind = 'plain' | 'encrypted';

export interface InitialSyncRun {
  kind: StorageKind;
  name: string;
  /** Opening a fresh database until every collection's replication is in sync with the server. */
  ms: number;
  posts: number;
}

export interface TimelineOpenRun {
  kind: StorageKind;
  name: string;
  /** Whether the replication started with the database, as in the app (it then competes for the device). */
  replicating: boolean;
  openMs: number;
  /** The patient's document (the timeline's header). */
  patientMs: number;
  /** findTimelineWindow, the screen's own. */
  windowMs: number;
  /** The window's posts, as the timeline queries them, each post's text read. */
  postsMs: number;
  totalMs: number;
  posts: number;
  characters: number;
}

export interface PropagationRun {
  kind: StorageKind;
  /** Written in the sender's database until the receiver's database holds it, one post at a time. */
  latencies: number[];
}

export interface EncryptionBench {
  warmUp(): Promise<{ ms: number; documents: number }>;
  initialSync(kind: StorageKind, name: string): Promise<InitialSyncRun>;
  /** Reopens a database `initialSync` filled, and reads the newest window of the patient's timeline. */
  timelineOpen(kind: StorageKind, name: string, patientId: string, replicating: boolean): Promise<TimelineOpenRun>;
  /** Two databases `initialSync` filled, opened with their posts only, both replicating. */
  propagation(
    kind: StorageKind,
    sender: string,
    receiver: string,
    options: { userId: string; patientId: string; count: number; timeoutMs: number },
  ): Promise<PropagationRun>;
  /** Deletes every database the harness made. */
  cleanUp(): Promise<void>;
}
