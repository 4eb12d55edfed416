/** A measurement as devices hold it, and the placeholder a device gets once the user has left the team. */
import 'server-only';
import type { ObservationDoc } from '@/lib/schemas/observation';
import type { observations } from '@/server/db/schema';

type ObservationRow = typeof observations.$inferSelect;

export function toObservationDoc(row: ObservationRow): ObservationDoc {
  return {
    id: row.id,
    patientId: row.patientId,
    authorId: row.authorId,
    kind: row.kind,
    measuredAt: row.measuredAt,
    postId: row.postId,
    attachmentId: row.attachmentId,
    vitals: row.vitals ?? null,
    woundScore: row.woundScore ?? null,
    clientCreatedAt: row.clientCreatedAt,
    serverCreatedAt: row.serverCreatedAt,
    retractedAt: row.retractedAt,
    retractedBy: row.retractedBy,
    updatedAt: row.seq,
  };
}

/** Telling nothing but the ids (its values are not the patient's any more, as far as this device goes). */
export function observationTombstone(row: Pick<ObservationRow, 'id' | 'patientId' | 'kind'>): ObservationDoc {
  return {
    id: row.id,
    patientId: row.patientId,
    authorId: '',
    kind: row.kind,
    measuredAt: 0,
    postId: null,
    attachmentId: null,
    vitals: null,
    woundScore: null,
    clientCreatedAt: 0,
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: 0,
  };
}
