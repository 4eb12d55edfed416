/** Documents shaped as devices hold them (lib/schemas), and pull/push through the sync router. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { receiptId, type CommentDoc, type ReceiptDoc } from '@/lib/schemas/comment';
import { emptyFormContent } from '@/lib/forms/templates';
import type { FormDoc } from '@/lib/schemas/form';
import type { ObservationDoc } from '@/lib/schemas/observation';
import type { PostDoc } from '@/lib/schemas/post';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import { syncProtocolVersion, type SyncCollection } from '@/lib/sync/protocol';
import type { CareTeamWorld, Person } from './care-team-world';

export function postDocBy(world: CareTeamWorld, author: Person, patientId: string, fields: Partial<PostDoc> = {}): PostDoc {
  return {
    id: randomUUID(),
    authorId: world.ids[author],
    patientId,
    category: 'message',
    body: '本日訪問。状態は安定しています。',
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
    ...fields,
  };
}

/** A comment as its author's device writes it, not yet synced. */
export function commentDoc(post: Pick<PostDoc, 'id' | 'patientId'>, authorId: string, body = '了解しました。'): CommentDoc {
  return {
    id: randomUUID(),
    postId: post.id,
    patientId: post.patientId,
    authorId,
    body,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: 0,
  };
}

export function commentDocBy(world: CareTeamWorld, author: Person, post: Pick<PostDoc, 'id' | 'patientId'>, body?: string): CommentDoc {
  return commentDoc(post, world.ids[author], body);
}

export function receiptDocBy(
  world: CareTeamWorld,
  reader: Person,
  post: Pick<PostDoc, 'id' | 'patientId'>,
  readAt = Date.now(),
): ReceiptDoc {
  const userId = world.ids[reader];
  return { id: receiptId(post.id, userId), postId: post.id, patientId: post.patientId, userId, readAt, updatedAt: 0 };
}

/** A pulled document of any collection: every one has an id, the server's sequence and the deletion flag. */
export type PulledDoc = { id: string; updatedAt: number; _deleted: boolean } & Record<string, unknown>;

export function push(world: CareTeamWorld, person: Person, collection: SyncCollection, docs: object[], assumed: Array<object | null> = []) {
  const rows = docs.map((doc, index) => ({
    newDocumentState: { ...doc },
    assumedMasterState: assumed[index] ? { ...assumed[index] } : null,
  }));
  return world.as(person).caller.sync.push({ protocolVersion: syncProtocolVersion, collection, rows });
}

export async function pullOnce(
  world: CareTeamWorld,
  person: Person,
  collection: SyncCollection,
  checkpoint: SyncCheckpoint | null = null,
  batchSize = 100,
) {
  const response = await world.as(person).caller.sync.pull({ protocolVersion: syncProtocolVersion, collection, checkpoint, batchSize });
  return { documents: response.documents as PulledDoc[], checkpoint: response.checkpoint };
}

/**
 * Pulls batch after batch until the checkpoint stops moving (a batch may be empty yet move it,
 * when every row in it is a private post the user may not see); returns all documents and it.
 */
export async function pullAll(
  world: CareTeamWorld,
  person: Person,
  collection: SyncCollection,
  from: SyncCheckpoint | null = null,
  batchSize = 100,
) {
  const documents: PulledDoc[] = [];
  let checkpoint = from;
  for (let round = 0; round < 100; round += 1) {
    const batch = await pullOnce(world, person, collection, checkpoint, batchSize);
    documents.push(...batch.documents);
    if (JSON.stringify(batch.checkpoint) === JSON.stringify(checkpoint)) return { documents, checkpoint };
    checkpoint = batch.checkpoint;
  }
  throw new Error('pull did not converge');
}

/**
 * A push the server took: whatever it answers is its own stamped state of documents that were
 * pushed (so the device adopts the server's time and sequence at once), never anything else.
 */
export function expectAcknowledged<Doc extends { id: string }>(result: { conflicts: Array<Record<string, unknown>> }, pushed: Doc[]): void {
  const ids = new Set(pushed.map((doc) => doc.id));
  for (const master of result.conflicts) {
    expect(ids.has(String(master.id))).toBe(true);
    expect(master._deleted).toBe(false);
    expect(Number(master.updatedAt)).toBeGreaterThan(0);
  }
}

/** A form version as a device would push it: a draft of `template` unless told otherwise. */
export function formDocBy(
  world: CareTeamWorld,
  author: Person,
  patientId: string,
  template: FormDoc['template'],
  fields: Partial<FormDoc> = {},
): FormDoc {
  const id = fields.id ?? randomUUID();
  return {
    id,
    patientId,
    template,
    seriesId: id,
    version: 1,
    supersedesId: null,
    status: 'draft',
    authorId: world.ids[author],
    periodStart: null,
    periodEnd: null,
    content: emptyFormContent(template),
    postId: null,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    finalizedAt: null,
    finalizedBy: null,
    updatedAt: 0,
    ...fields,
  };
}

/** The answers of a 訪問看護報告書 with every required field filled. */
export function completeReport(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...emptyFormContent('visitingNursingReport'),
    patientName: '山田 花子',
    birthDate: '1938-04-01',
    reportMonth: '2026-11',
    visits: [{ date: '2026-11-02', count: 1, therapist: false, special: false, emergency: false, long: false }],
    course: '浮腫は軽減し、ADLは維持。',
    careContent: '全身状態の観察、服薬確認、入浴介助。',
    authorName: 'テスト nurse',
    authorProfession: 'nurse',
    reportedOn: '2026-11-30',
    stationName: 'ケア訪問看護ステーション',
    addressee: 'テスト doctor',
    ...fields,
  };
}

export function vitalsDocBy(world: CareTeamWorld, author: Person, patientId: string, fields: Partial<ObservationDoc> = {}): ObservationDoc {
  return {
    id: randomUUID(),
    patientId,
    authorId: world.ids[author],
    kind: 'vitals',
    measuredAt: Date.now() - 60_000,
    postId: null,
    attachmentId: null,
    vitals: {
      temperature: 36.6,
      temperatureSite: 'axillary',
      systolic: 124,
      diastolic: 72,
      pulse: 74,
      respiratoryRate: 16,
      spo2: 97,
      oxygen: 'roomAir',
      oxygenFlow: null,
      weight: 47.6,
    },
    woundScore: null,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: 0,
    ...fields,
  };
}
