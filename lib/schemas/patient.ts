/** A patient (患者 / 利用者) as registered, synced and edited; one schema for input, sync and forms. */
import { z } from 'zod';

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof sexes)[number];

/** Katakana or hiragana, with spaces and the long-vowel mark. */
export const kanaPattern = /^[\p{Script=Katakana}\p{Script=Hiragana}ー・\s\u3000]+$/u;

const shortText = (max: number) => z.string().trim().max(max);

/** What the registering staff member fills in. */
export const patientFields = z.object({
  name: z.string().trim().min(1).max(100),
  nameKana: z.string().trim().min(1).max(100).regex(kanaPattern),
  birthDate: z.iso.date(),
  sex: z.enum(sexes),
  address: shortText(300),
  phone: shortText(40),
  keyPersonName: shortText(100),
  keyPersonRelation: shortText(50),
  keyPersonPhone: shortText(40),
  notes: shortText(4000),
  /** The day the patient agreed to information sharing; required before other facilities join. */
  consentObtainedOn: z.iso.date().nullable(),
});
export type PatientFields = z.infer<typeof patientFields>;

/** The document every device of the care team holds. */
export const patientDoc = patientFields.extend({
  id: z.uuid(),
  registeredByFacilityId: z.string().max(64),
  registeredBy: z.string().max(64),
  consentRecordedBy: z.string().max(64).nullable(),
  archivedAt: z.number().int().nullable(),
  createdAt: z.number().int(),
  /** Server sequence of the last change; also the sync checkpoint. */
  updatedAt: z.number().int(),
});
export type PatientDoc = z.infer<typeof patientDoc>;

/** An owner's corrections to the record; consent, once recorded, stays recorded. */
export const updatePatientInput = patientFields.extend({ patientId: z.uuid() });
export type UpdatePatientInput = z.infer<typeof updatePatientInput>;

export const setArchivedInput = z.object({ patientId: z.uuid(), archived: z.boolean() });
export type SetArchivedInput = z.infer<typeof setArchivedInput>;
