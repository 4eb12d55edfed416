/**
 * 患者記録の書き出し: a patient's record as a FHIR R4 Bundle (type collection) for a member of
 * the team — the patient (JP Core), the care team, the posts and comments the member may see, their
 * photos and documents, the measurements and the finalised forms. Private posts (特別便) go only
 * to their audience, as everywhere. The export is written to the audit log.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/errors/app-error';
import type { FileVariant } from '@/lib/schemas/attachment';
import { attachmentUrl } from '@/lib/schemas/attachment';
import { collectionBundle, type FhirBundle } from '@/lib/fhir/bundle';
import { careTeamToFhir, organizationToFhir, practitionerRoleToFhir, practitionerToFhir } from '@/lib/fhir/care-team';
import { commentToFhir, postToFhir } from '@/lib/fhir/communication';
import { attachmentToFhir } from '@/lib/fhir/document-reference';
import { observationToFhir } from '@/lib/fhir/observation';
import { patientToFhir } from '@/lib/fhir/patient';
import { formToFhir } from '@/lib/fhir/questionnaire-response';
import type { FhirResource } from '@/lib/fhir/resource';
import { japanDay } from '@/lib/time/japan-time';
import { audit } from '@/server/audit/audit';
import type { attachments } from '@/server/db/schema';
import { assertPatientAccess } from '@/server/policy/patient-access';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { toObservationDoc } from '@/server/sync/docs/observation-doc';
import { findPatientRecord, type PatientRecord } from './find-patient-record';

export interface FhirExportOptions extends PatientServiceOptions {
  /** The server's public URL: the Bundle's base, and where the files are fetched from. */
  baseUrl: string;
}

export interface FhirExport {
  bundle: FhirBundle;
  fileName: string;
}

/** The file a DocumentReference points at: a photo's normalised original, a document as sent. */
const servedVariants: FileVariant[] = ['document', 'original', 'display'];

function documentReferences(rows: Array<typeof attachments.$inferSelect>, baseUrl: string): FhirResource[] {
  return rows.flatMap((row) => {
    const variant = servedVariants.find((name) => row.variants[name]);
    const stored = variant && row.variants[variant];
    if (!variant || !stored) return [];
    const url = new URL(attachmentUrl(row.id, variant), baseUrl).toString();
    return [attachmentToFhir(row, { url, contentType: stored.mime, size: stored.size })];
  });
}

function resourcesOf(record: PatientRecord, baseUrl: string): FhirResource[] {
  const { patient } = record;
  const files = documentReferences(record.attachments, baseUrl);
  const fileIds = new Set(files.map((file) => file.id));
  const filesByPost = new Map<string, string[]>();
  for (const row of record.attachments)
    if (fileIds.has(row.id)) filesByPost.set(row.postId, [...(filesByPost.get(row.postId) ?? []), row.id]);
  const staff = new Map(record.staff.map(({ user }) => [user.id, user]));
  const facilities = [...(record.registeredBy ? [record.registeredBy] : []), ...record.staff.map(({ facility }) => facility)];
  const supersededIds = new Set(record.forms.map((form) => form.supersedesId).filter((id) => id !== null));
  return [
    patientToFhir(patient),
    careTeamToFhir(patient, record.members, staff),
    ...record.staff.flatMap(({ user }) => [practitionerToFhir(user), practitionerRoleToFhir(user)]),
    ...facilities.map((facility) =>
      organizationToFhir({ ...facility, active: 'active' in facility ? facility.active : facility.status === 'active' }),
    ),
    ...record.posts.map((post) => postToFhir(post, filesByPost.get(post.id) ?? [])),
    ...record.comments.map(commentToFhir),
    ...files,
    ...record.observations.flatMap((row) => {
      const doc = toObservationDoc(row);
      // A photo the export does not carry (not yet uploaded) is not named.
      const observations = observationToFhir(doc.attachmentId && !fileIds.has(doc.attachmentId) ? { ...doc, attachmentId: null } : doc);
      return observations.map((observation) => ({ ...observation }));
    }),
    ...record.forms.map((form) => formToFhir({ ...form, superseded: supersededIds.has(form.id) })),
  ];
}

export function exportPatientFhir(options: FhirExportOptions, { patientId }: { patientId: string }): FhirExport {
  const { db, actor } = options;
  assertPatientAccess(db, actor, patientId, 'read');
  const record = findPatientRecord(db, actor.userId, patientId);
  if (!record) throw new AppError('NOT_FOUND');
  const now = options.now ?? new Date();
  const bundle = collectionBundle(randomUUID(), resourcesOf(record, options.baseUrl), options.baseUrl, now);
  audit(
    options,
    'patient.exported',
    { patientId, details: { format: 'fhir-r4', bundleId: bundle.id, resources: bundle.entry.length } },
    db,
  );
  return { bundle, fileName: `${record.patient.name.replace(/[\s\u3000]+/g, '')}_FHIR_${japanDay(now.getTime())}.json` };
}
