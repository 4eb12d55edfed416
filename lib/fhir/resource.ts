/**
 * What every FHIR R4 resource of the export shares: references, codings, our own code systems, and
 * JP Core's names in kanji (IDE) and kana (SYL). The JSON schema refuses empty strings, so helpers
 * here leave out a field rather than write "".
 */
export interface Coding {
  system: string;
  code: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Reference {
  reference: string;
  display?: string;
}
export interface FhirResource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

/** Code systems of our own, for what no published one names (urn: so nobody mistakes them for a real address). */
export const renrakuSystems = {
  patientId: 'urn:renraku:fhir:NamingSystem:patient-id',
  userId: 'urn:renraku:fhir:NamingSystem:user-id',
  facilityId: 'urn:renraku:fhir:NamingSystem:facility-id',
  postCategory: 'urn:renraku:fhir:CodeSystem:post-category',
  profession: 'urn:renraku:fhir:CodeSystem:profession',
  facilityKind: 'urn:renraku:fhir:CodeSystem:facility-kind',
  careTeamRole: 'urn:renraku:fhir:CodeSystem:care-team-role',
  attachmentKind: 'urn:renraku:fhir:CodeSystem:attachment-kind',
  formSeries: 'urn:renraku:fhir:NamingSystem:form-series',
  questionnaire: 'urn:renraku:fhir:Questionnaire',
} as const;

export const confidentialitySystem = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const nameRepresentation = 'http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation';

export const referenceTo = (resourceType: string, id: string): Reference => ({ reference: `${resourceType}/${id}` });

/** The value, or nothing when it is empty (FHIR strings are never ""). */
export function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** 「山田 花子」: the family name before the first space (half- or full-width), the given names after it. */
function nameParts(text: string): { family?: string; given?: string[] } {
  const [family, ...given] = text.trim().split(/[\s\u3000]+/);
  if (!family || given.length === 0) return {};
  return { family, given };
}

/** JP_HumanName: the name as written (IDE, kanji) and as read (SYL, kana), each with its representation. */
export function japaneseNames(name: string, kana: string | null, use: 'official' | 'usual' = 'official'): Array<Record<string, unknown>> {
  const one = (text: string, representation: 'IDE' | 'SYL') => ({
    extension: [{ url: nameRepresentation, valueCode: representation }],
    use,
    text,
    ...nameParts(text),
  });
  const written = nonEmpty(name);
  const read = nonEmpty(kana);
  return [...(written ? [one(written, 'IDE')] : []), ...(read ? [one(read, 'SYL')] : [])];
}
