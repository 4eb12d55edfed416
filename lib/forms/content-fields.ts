/**
 * The building blocks of a form's content schema. A draft must always be storable, half-typed or
 * not, so these check only types, choices and lengths; what a finalised form needs (required
 * fields, a code's digits, a period's length) is checked by lib/forms/form-problems.ts.
 */
import { z } from 'zod';

type Options = readonly [string, ...string[]];

export const text = (max: number) => z.string().max(max).default('');
export const date = () => z.iso.date().nullable().default(null);
/** A calendar month, YYYY-MM. */
export const month = () =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .nullable()
    .default(null);
/** One of the printed choices (circled, or a ticked box), or none yet. */
export const choice = <T extends Options>(options: T) => z.enum(options).nullable().default(null);
/** Any of the printed choices. */
export const choices = <T extends Options>(options: T) => z.array(z.enum(options)).max(options.length).default([]);
export const flag = () => z.boolean().default(false);
/** A number as typed; its plausible range is a finalisation check, not a storage one. */
export const amount = () => z.number().finite().nullable().default(null);
/** A table of up to `max` rows (a form's numbered lines). */
export const rows = <Shape extends z.ZodRawShape>(shape: Shape, max: number) => z.array(z.object(shape)).max(max).default([]);
