/**
 * A server (real services, real SQLite) with one patient's care team, and devices that each run
 * RxDB on their own fake IndexedDB and replicate through the in-process transport.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import type { RxStorage } from 'rxdb';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { notYetSynced } from '@/lib/offline/mutators';
import { dexieStorage, openRenrakuDatabase } from '@/lib/offline/database';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { createKeyRing } from '@/lib/offline/encryption/key-ring';
import { startReplication, type ReplicationHandle, type ReplicationOptions } from '@/lib/offline/replication';
import type { PostDoc } from '@/lib/schemas/post';
import type { Db } from '@/server/db/client';
import { actorOf } from '@/server/policy/actor';
import { addTeamMember } from '@/server/services/care-teams/add-team-member';
import { registerPatient } from '@/server/services/patients/register-patient';
import { inProcessTransport, type InProcessTransport } from '@/tests/support/in-process-transport';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { signInCookie } from '@/tests/support/trpc-harness';
import { auditActorOf } from '@/server/audit/audit-context';
import { findUserRecord } from '@/server/db/user-record';
import { openTestDatabase } from '@/tests/support/test-database';

export interface Device {
  userId: string;
  rxdb: RenrakuDatabase;
  replication: ReplicationHandle;
  transport: InProcessTransport;
}

export function serviceOptionsFor(db: Db, userId: string) {
  const user = findUserRecord(db, { id: userId });
  if (!user) throw new Error('no such user');
  return { db, actor: actorOf(user), audit: { actor: auditActorOf(user), request: { ip: null, userAgent: 'vitest' } } };
}

export async function createTeam(db: Db, loginIds: string[]) {
  const world = await seedWorld(
    db,
    loginIds.map((loginId) => ({ loginId })),
  );
  const [ownerLogin, ...others] = loginIds;
  const owner = world.users[ownerLogin ?? ''];
  if (!owner) throw new Error('no owner');
  const patient = registerPatient(serviceOptionsFor(db, owner.id), {
    name: '山田 花子',
    nameKana: 'ヤマダ ハナコ',
    birthDate: '1938-04-12',
    sex: 'female',
    address: '',
    phone: '',
    keyPersonName: '',
    keyPersonRelation: '',
    keyPersonPhone: '',
    notes: '',
    consentObtainedOn: '2026-11-01',
  });
  for (const login of others)
    addTeamMember(serviceOptionsFor(db, owner.id), { patientId: patient.id, userId: world.users[login]?.id ?? '', role: 'member' });
  return { world, patientId: patient.id };
}

export type DeviceCollection = 'patients' | 'members' | 'posts' | 'comments' | 'receipts' | 'forms' | 'observations' | 'directory';

/**
 * The timeline's collections: RxDB's open edition lets one process hold about 13 collections open,
 * so two devices cannot each open all of them. Tests of other collections name theirs.
 */
export const timelineCollections: DeviceCollection[] = ['patients', 'members', 'posts', 'comments', 'receipts'];

export async function openDevice(
  db: Db,
  userId: string,
  loginId: string,
  only: DeviceCollection[] = timelineCollections,
  options: Pick<ReplicationOptions, 'onRefused' | 'deferStart' | 'pullBatchSize' | 'firstFillProgressEveryMs'> & {
    /** The device's IndexedDB (to read what it stores), and a wrapper for its storage (encryption). */
    indexedDB?: IDBFactory;
    wrap?: (storage: RxStorage<unknown, unknown>) => RxStorage<unknown, unknown>;
  } = {},
): Promise<Device> {
  // The app's storage (its meta stores kept to each tab), on a fake IndexedDB of its own.
  const plain = dexieStorage((options.indexedDB ?? new IDBFactory()) as unknown as globalThis.IDBFactory, IDBKeyRange as never);
  // Every device encrypts as the app's do, unless a test chooses its own storage.
  const storage = options.wrap ? options.wrap(plain) : encryptedRxStorage(plain, await testDeviceKey());
  const rxdb = await openRenrakuDatabase(userId, storage, { multiInstance: false, only });
  const transport = inProcessTransport(db, await signInCookie(db, loginId, testPassword));
  const replication = startReplication(rxdb, transport, {
    retryTimeMs: 30,
    onRefused: options.onRefused,
    deferStart: options.deferStart,
    pullBatchSize: options.pullBatchSize,
    firstFillProgressEveryMs: options.firstFillProgressEveryMs,
  });
  return { userId, rxdb, replication, transport };
}

/** A write of the posts' storage beneath RxDB's wrapper (where a first fill writes). */
export type PostsWrite = (rows: Array<{ document: { id: string } }>, context: string) => Promise<{ error: unknown[] }>;

/** Has the posts' storage beneath RxDB's wrapper write through `write`, given its own. */
export function writePostsThrough(
  device: Device,
  write: (own: PostsWrite, ...args: Parameters<PostsWrite>) => ReturnType<PostsWrite>,
): void {
  const storage = (device.rxdb.posts.storageInstance as unknown as { originalStorageInstance: { bulkWrite: PostsWrite } })
    .originalStorageInstance;
  const own = storage.bulkWrite.bind(storage);
  storage.bulkWrite = (rows, context) => write(own, rows, context);
}

/** A data key as a device makes one (fewer PBKDF2 iterations: the tests are not about its cost). */
export async function testDeviceKey(): Promise<CryptoKey> {
  return (await createKeyRing(crypto.getRandomValues(new Uint8Array(32)), null, Date.now(), 1_000)).key;
}

export async function closeDevice(device: Device): Promise<void> {
  await device.replication.stop();
  await device.rxdb.close();
}

export function newPost(patientId: string, authorId: string, body: string): PostDoc {
  return {
    id: crypto.randomUUID(),
    patientId,
    authorId,
    category: 'message',
    body,
    visibility: 'team',
    recipientIds: [],
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    revision: 1,
    editedAt: null,
    editedBy: null,
    history: [],
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    updatedAt: 0,
  };
}

/**
 * Syncs every device until none holds a change the server has not confirmed, then once more so
 * each device pulls what the others pushed. RxDB retries a failed request after `retryTime`, so
 * one round may end before a retry has run.
 */
export async function settle(devices: Device[]): Promise<void> {
  const unconfirmed = async (device: Device) => {
    let count = 0;
    for (const name of ['posts', 'comments', 'receipts', 'forms', 'observations'] as const) {
      const collection = device.rxdb.collections[name];
      if (collection) count += await collection.count({ selector: { updatedAt: notYetSynced } }).exec();
    }
    return count;
  };
  for (let round = 0; round < 100; round += 1) {
    for (const device of devices) await device.replication.syncNow();
    const pending = await Promise.all(devices.map(unconfirmed));
    if (pending.every((count) => count === 0)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const device of devices) await device.replication.syncNow();
}

/** A fresh database for each test, and the devices the test opens on it, closed after it. */
export function freshWorldPerTest(): { readonly db: Db; devices: Device[] } {
  const world = { db: undefined as unknown as Db, devices: [] as Device[] };
  let close = () => {};
  beforeEach(() => {
    ({ db: world.db, close } = openTestDatabase());
    world.devices = [];
  });
  afterEach(async () => {
    for (const device of world.devices) await closeDevice(device);
    close();
  });
  return world;
}
