/**
 * How a form is laid out for filling in: its sections in printed order, each field's label and
 * choices (message keys derived from the template's prefix), what must be filled before it is
 * finalised and what only shows under a choice. The content schema says what each field holds.
 */
import type { z } from 'zod';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { MessageKey } from '@/lib/i18n/catalogue';

/** Shared choice lists whose labels live under `formChoice.<set>.<value>`. */
export type ChoiceSet = 'bedridden' | 'dementia' | 'careLevel' | 'severity' | 'yesNo';

export interface FieldLayout<Content> {
  key: keyof Content & string;
  /** Needed before the form is finalised; a function where it depends on other answers. */
  required?: boolean | ((content: Content) => boolean);
  /** Shown (and kept in the print) only when this holds: a sub-field of a choice. */
  when?: (content: Content) => boolean;
  /** A text area of this many rows instead of one line. */
  rows?: number;
  /** Labels of the choices come from a shared list instead of `<prefix>.<key>.<value>`. */
  choices?: ChoiceSet;
  /** Labels of the choices are another field's (`<prefix>.<labelsFrom>.<value>`): the same list twice. */
  labelsFrom?: keyof Content & string;
  /** The field has a hint under its label (`<prefix>.<key>.hint`). */
  hint?: boolean;
  /** The visit calendar of a report. */
  widget?: 'calendar';
  /** A number's plausible range, inclusive: outside it the form cannot be finalised (a draft may hold anything). */
  range?: readonly [min: number, max: number];
}

export interface SectionLayout<Content> {
  id: string;
  fields: Array<FieldLayout<Content>>;
}

/** A problem that stops finalising, on one field: the message says what is wrong. */
export interface FieldProblem {
  key: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export interface FormPeriod {
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, the last day covered (the same day for a form of one day). */
  end: string;
}

export interface FormTemplate<Content extends Record<string, unknown> = Record<string, unknown>> {
  id: FormTemplateId;
  /** Message-key prefix of the labels: `<prefix>.<field>`, `<prefix>.section.<id>`. */
  prefix: string;
  content: z.ZodObject;
  sections: Array<SectionLayout<Content>>;
  /** The days the form covers, for its card and the instruction's expiry warning; null until known. */
  period(content: Content): FormPeriod | null;
  /** Rules beyond "required" that a finalised form must meet. */
  checks?(content: Content): FieldProblem[];
}
