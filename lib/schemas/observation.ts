/**
 * A measurement of a patient (FHIR: an Observation), as devices hold it: a visit's vital signs or
 * a wound's DESIGN-R®2020 score. Written on a device, possibly offline, like a post; never edited —
 * a wrong one is withdrawn by its author and stays in the record. A reading may belong to a post
 * (the timeline entry it was posted with, or the post of the photographed wound).
 */
import { z } from 'zod';
import { measureSpecs, type VitalMeasure } from '@/lib/vitals/vital-measures';
import { designRCodes, designRTotal } from '@/lib/wounds/design-r';

export const observationKinds = ['vitals', 'woundScore'] as const;
export type ObservationKind = (typeof observationKinds)[number];

export const temperatureSites = ['axillary', 'oral', 'tympanic', 'rectal', 'skin'] as const;
export const oxygenModes = ['roomAir', 'oxygen'] as const;

/** A value within its measure's plausible range (lib/vitals/vital-measures.ts), or not measured. */
const measured = (measure: VitalMeasure) => {
  const [min, max] = measureSpecs[measure].plausible;
  return z.number().min(min).max(max).nullable();
};

export const vitalSigns = z
  .object({
    temperature: measured('temperature'),
    temperatureSite: z.enum(temperatureSites).nullable(),
    systolic: measured('systolic'),
    diastolic: measured('diastolic'),
    pulse: measured('pulse'),
    respiratoryRate: measured('respiratoryRate'),
    spo2: measured('spo2'),
    /** Whether SpO2 was measured on room air or with oxygen (and then at what flow). */
    oxygen: z.enum(oxygenModes).nullable(),
    oxygenFlow: measured('oxygenFlow'),
    weight: measured('weight'),
  })
  .refine((v) => [v.temperature, v.systolic, v.diastolic, v.pulse, v.respiratoryRate, v.spo2, v.weight].some((x) => x !== null), {
    message: 'nothing measured',
  })
  .refine((v) => (v.systolic === null) === (v.diastolic === null), { message: 'blood pressure needs both values' })
  .refine((v) => v.systolic === null || v.diastolic === null || v.diastolic < v.systolic, { message: 'diastolic not below systolic' })
  .refine((v) => v.oxygenFlow === null || v.oxygen === 'oxygen', { message: 'a flow without oxygen' });
export type VitalSigns = z.infer<typeof vitalSigns>;

export const designRScore = z
  .object({
    /** 部位: where the wound is (仙骨部, 右踵部 …). */
    site: z.string().trim().max(100),
    depth: z.enum(designRCodes('depth')),
    exudate: z.enum(designRCodes('exudate')),
    size: z.enum(designRCodes('size')),
    inflammation: z.enum(designRCodes('inflammation')),
    granulation: z.enum(designRCodes('granulation')),
    necrosis: z.enum(designRCodes('necrosis')),
    pocket: z.enum(designRCodes('pocket')),
    total: z.number().int().min(0).max(66),
  })
  .refine((score) => score.total === designRTotal(score), { message: 'total does not add up' });
export type DesignRScore = z.infer<typeof designRScore>;

export const observationDoc = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    authorId: z.string().max(64),
    kind: z.enum(observationKinds),
    /** When it was measured (device time; may be earlier than written). */
    measuredAt: z.number().int(),
    postId: z.uuid().nullable(),
    /** The photo a wound score was taken from. */
    attachmentId: z.uuid().nullable(),
    vitals: vitalSigns.nullable(),
    woundScore: designRScore.nullable(),
    clientCreatedAt: z.number().int(),
    serverCreatedAt: z.number().int().nullable(),
    retractedAt: z.number().int().nullable(),
    retractedBy: z.string().max(64).nullable(),
    updatedAt: z.number().int(),
  })
  .refine(
    (doc) => (doc.kind === 'vitals' ? doc.vitals !== null && doc.woundScore === null : doc.woundScore !== null && doc.vitals === null),
    {
      message: 'the values do not match the kind',
    },
  );
export type ObservationDoc = z.infer<typeof observationDoc>;
