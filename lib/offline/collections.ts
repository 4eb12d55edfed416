/** The device's collections (nine: under the open edition's limit of 13 open at once per page). */
import 'client-only';
import type { RxCollection, RxDatabase } from 'rxdb';
import { attachmentDoc, type AttachmentDoc } from '@/lib/schemas/attachment';
import { commentDoc, receiptDoc, type CommentDoc, type ReceiptDoc } from '@/lib/schemas/comment';
import { memberDoc, type MemberDoc } from '@/lib/schemas/care-team';
import { directoryEntry, type DirectoryEntry } from '@/lib/schemas/directory';
import { formDoc, type FormDoc } from '@/lib/schemas/form';
import { observationDoc, type ObservationDoc } from '@/lib/schemas/observation';
import { patientDoc, type PatientDoc } from '@/lib/schemas/patient';
import { postDoc, type PostDoc } from '@/lib/schemas/post';
import { postConflictHandler } from './conflict-handler';
import { toRxSchema } from './rx-schema';

export interface RenrakuCollections {
  patients: RxCollection<PatientDoc>;
  members: RxCollection<MemberDoc>;
  posts: RxCollection<PostDoc>;
  comments: RxCollection<CommentDoc>;
  receipts: RxCollection<ReceiptDoc>;
  attachments: RxCollection<AttachmentDoc>;
  forms: RxCollection<FormDoc>;
  observations: RxCollection<ObservationDoc>;
  directory: RxCollection<DirectoryEntry>;
}

export type RenrakuDatabase = RxDatabase<RenrakuCollections>;

export const collectionSchemas = {
  patients: { schema: toRxSchema<PatientDoc>(patientDoc, { numberIndexes: ['updatedAt'], indexes: ['updatedAt'] }) },
  members: { schema: toRxSchema<MemberDoc>(memberDoc, {}) },
  posts: {
    schema: toRxSchema<PostDoc>(postDoc, {
      numberIndexes: ['clientCreatedAt', 'updatedAt'],
      indexes: [['patientId', 'clientCreatedAt'], 'updatedAt'],
    }),
    conflictHandler: postConflictHandler,
  },
  comments: { schema: toRxSchema<CommentDoc>(commentDoc, { numberIndexes: ['updatedAt'], indexes: ['postId', 'updatedAt'] }) },
  receipts: { schema: toRxSchema<ReceiptDoc>(receiptDoc, { numberIndexes: ['updatedAt'], indexes: ['postId', 'updatedAt'] }) },
  attachments: {
    schema: toRxSchema<AttachmentDoc>(attachmentDoc, {
      numberIndexes: ['clientCreatedAt', 'updatedAt'],
      indexes: ['postId', ['patientId', 'clientCreatedAt'], 'updatedAt'],
    }),
  },
  // One collection for every form template, and one for vital signs and wound scores alike: the
  // open edition's limit counts collections, not kinds. Indexed fields stay top-level.
  forms: {
    schema: toRxSchema<FormDoc>(formDoc, {
      numberIndexes: ['clientCreatedAt', 'updatedAt'],
      indexes: [['patientId', 'clientCreatedAt'], 'updatedAt'],
    }),
  },
  observations: {
    schema: toRxSchema<ObservationDoc>(observationDoc, {
      numberIndexes: ['measuredAt', 'updatedAt'],
      indexes: [['patientId', 'measuredAt'], 'updatedAt'],
    }),
  },
  directory: { schema: toRxSchema<DirectoryEntry>(directoryEntry, {}) },
};
