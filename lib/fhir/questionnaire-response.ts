/**
 * A finalised form (様式) as a QuestionnaireResponse: its answers, field by field, under the
 * field names of its template (lib/forms/templates) as link ids — structured data another system
 * can read (FORMS.md §6.4), where a DocumentReference would carry only a picture of the sheet (the
 * sheet is drawn by the browser; the server has no PDF of it). A list of rows becomes a repeated
 * group; empty answers are left out.
 */
import type { FormDoc } from '@/lib/schemas/form';
import { japanIsoTime } from '@/lib/time/japan-time';
import { referenceTo, renrakuSystems, type FhirResource } from './resource';

type FormFacts = Pick<
  FormDoc,
  'id' | 'seriesId' | 'patientId' | 'template' | 'version' | 'authorId' | 'content' | 'finalizedAt' | 'clientCreatedAt'
> & {
  /** A later version corrects this one. */
  superseded: boolean;
};

interface Item {
  linkId: string;
  answer?: Array<Record<string, unknown>>;
  item?: Item[];
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function answerOf(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'number' && Number.isFinite(value))
    return Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value };
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text) return null;
    return isoDay.test(text) ? { valueDate: text } : { valueString: text };
  }
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of one field: none when empty, several when it repeats. */
function itemsOf(linkId: string, value: unknown): Item[] {
  if (isRecord(value)) {
    const item = itemsOfRecord(value, `${linkId}.`);
    return item.length ? [{ linkId, item }] : [];
  }
  if (Array.isArray(value)) {
    if (value.some(isRecord)) return value.filter(isRecord).flatMap((row) => itemsOf(linkId, row));
    const answer = value.map(answerOf).filter((one) => one !== null);
    return answer.length ? [{ linkId, answer }] : [];
  }
  const answer = answerOf(value);
  return answer ? [{ linkId, answer: [answer] }] : [];
}

function itemsOfRecord(record: Record<string, unknown>, prefix = ''): Item[] {
  return Object.entries(record).flatMap(([key, value]) => itemsOf(`${prefix}${key}`, value));
}

export function formToFhir(form: FormFacts): FhirResource {
  const item = itemsOfRecord(form.content);
  return {
    resourceType: 'QuestionnaireResponse',
    id: form.id,
    // Every version of one form shares its series id.
    identifier: { system: renrakuSystems.formSeries, value: form.seriesId },
    questionnaire: `${renrakuSystems.questionnaire}:${form.template}`,
    // A correction keeps the version it corrects; the newest is the one in force.
    status: form.superseded ? 'amended' : 'completed',
    subject: referenceTo('Patient', form.patientId),
    authored: japanIsoTime(form.finalizedAt ?? form.clientCreatedAt),
    author: referenceTo('Practitioner', form.authorId),
    ...(item.length ? { item } : {}),
  };
}
