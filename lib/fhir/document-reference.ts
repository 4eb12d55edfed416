/**
 * A post's photos and documents as DocumentReferences that point at their files on this server
 * (GET /api/files/:id/:variant, which asks the access policy again): the bytes stay behind the
 * same door as in the app, and the export stays small. FORMS.md §6.3 names R4's Media for photos;
 * DocumentReference carries both kinds alike and is what R5 keeps.
 */
import type { AttachmentKind } from '@/lib/schemas/attachment';
import { translate } from '@/lib/i18n/catalogue';
import { japanIsoTime } from '@/lib/time/japan-time';
import { referenceTo, renrakuSystems, type FhirResource } from './resource';

export interface AttachmentFacts {
  id: string;
  postId: string;
  patientId: string;
  uploadedBy: string;
  kind: AttachmentKind;
  fileName: string;
  clientCreatedAt: number;
  serverCreatedAt: number;
  width: number;
  height: number;
}

/** The served file: the normalised original of a photo, the document as sent. */
export interface ServedFile {
  url: string;
  contentType: string;
  size: number;
}

const loincPhoto = { system: 'http://loinc.org', code: '72170-4', display: 'Photographic image' };

export function attachmentToFhir(attachment: AttachmentFacts, file: ServedFile): FhirResource {
  const kindCoding = {
    system: renrakuSystems.attachmentKind,
    code: attachment.kind,
    display: translate('ja', `attachment.kind.${attachment.kind}`),
  };
  return {
    resourceType: 'DocumentReference',
    id: attachment.id,
    status: 'current',
    type: { coding: attachment.kind === 'document' ? [kindCoding] : [loincPhoto, kindCoding] },
    subject: referenceTo('Patient', attachment.patientId),
    date: new Date(attachment.serverCreatedAt).toISOString(),
    author: [referenceTo('Practitioner', attachment.uploadedBy)],
    description: attachment.fileName,
    content: [
      {
        attachment: {
          contentType: file.contentType,
          url: file.url,
          size: file.size,
          title: attachment.fileName,
          creation: japanIsoTime(attachment.clientCreatedAt),
        },
      },
    ],
    // The post it was attached to.
    context: { related: [referenceTo('Communication', attachment.postId)] },
  };
}
