/**
 * A form (様式) of a patient as devices hold it: one document per version. A draft is its author's
 * alone and changes as they type; a finalised version never changes again — a correction is a new
 * version (same series, `supersedesId` naming the one it corrects) and the old one stays. The
 * envelope's fields are top-level (ids, patient, template, status, times: indexed, readable by the
 * storage); the answers are in `content`, shaped by the template (lib/forms/templates).
 */
import { z } from 'zod';
import { formStatuses, formTemplateIds } from '@/lib/domain/form-templates';

/** A day written YYYY-MM-DD. */
const day = z.iso.date();

export const formDoc = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  template: z.enum(formTemplateIds),
  /** The first version's id, shared by every version of the form. */
  seriesId: z.uuid(),
  /** 1 for the first; a correction's number is fixed by the server when it is finalised. */
  version: z.number().int().min(1).max(1000),
  /** The finalised version this one corrects. */
  supersedesId: z.uuid().nullable(),
  status: z.enum(formStatuses),
  authorId: z.string().max(64),
  /** The days the form covers (an instruction's validity, a report's month), from its content. */
  periodStart: day.nullable(),
  periodEnd: day.nullable(),
  content: z.record(z.string().max(64), z.unknown()),
  /** The timeline post that announces the finalised form (its card). */
  postId: z.uuid().nullable(),
  clientCreatedAt: z.number().int(),
  serverCreatedAt: z.number().int().nullable(),
  finalizedAt: z.number().int().nullable(),
  finalizedBy: z.string().max(64).nullable(),
  updatedAt: z.number().int(),
});
export type FormDoc = z.infer<typeof formDoc>;
