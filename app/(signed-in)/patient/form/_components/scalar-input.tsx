'use client';
/** A line, a text area, a date or month picker, or a number: what one value of a form is typed into. */
import type { FieldKind } from '@/lib/forms/field-kind';

type ControlWiring = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

/** A line, a text area, a date, a month or a number. */
export function ScalarInput({
  kind,
  value,
  onChange,
  rows,
  range,
  control,
}: {
  kind: FieldKind;
  value: unknown;
  onChange: (value: unknown) => void;
  rows?: number;
  /** A number's plausible range: offered to the keyboard, checked when the form is finalised. */
  range?: readonly [number, number];
  control: ControlWiring;
}) {
  if (kind.kind === 'date' || kind.kind === 'month')
    return (
      <input
        {...control}
        type={kind.kind}
        value={(value as string | null) ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      />
    );
  if (kind.kind === 'number')
    return (
      <input
        {...control}
        type="number"
        inputMode="decimal"
        step="any"
        min={range?.[0]}
        max={range?.[1]}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(event) =>
          onChange(event.target.value === '' || Number.isNaN(event.target.valueAsNumber) ? null : event.target.valueAsNumber)
        }
      />
    );
  const maxLength = kind.kind === 'text' ? kind.maxLength : undefined;
  return rows ? (
    <textarea
      {...control}
      rows={rows}
      maxLength={maxLength}
      value={(value as string) ?? ''}
      onChange={(event) => onChange(event.target.value)}
    />
  ) : (
    <input
      {...control}
      type="text"
      maxLength={maxLength}
      value={(value as string) ?? ''}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
