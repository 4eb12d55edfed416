'use client';
/**
 * A labelled form control with its hint and its problem, wired for screen readers: the label names
 * the control, the hint and the problem describe it, and a problem marks it invalid. A text input
 * (or a textarea) by default; any other control through a function that receives the wiring.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import type { MessageKey, MessageParams } from '@/lib/i18n/catalogue';
import { useI18n } from '@/app/_lib/i18n';

/** What is wrong with a field's value, as a message to translate. */
export type FieldProblem = { key: MessageKey; params?: MessageParams };

/** What the control must carry: the id its label points to, and what describes it. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FrameProps {
  label: ReactNode;
  /** "Required" or "optional" after the label, in forms that mark their fields. */
  mark?: 'required' | 'optional';
  hint?: ReactNode;
  problem?: FieldProblem | null;
  /** Announce the problem as it appears, where the form has no alert of its own that says so. */
  announce?: boolean;
  /** Invalid without a problem of its own to show (the form's alert, or a list of rules, says why). */
  invalid?: boolean;
  /** Ids of other elements that describe the control, read before its hint and problem. */
  describedBy?: string;
  /** A fixed id, where something outside the field refers to the control. */
  id?: string;
  className?: string;
  /** Shown last: what goes with the control, such as a "show password" checkbox or a list of rules. */
  after?: ReactNode;
}

type CustomProps = FrameProps & { children: (control: ControlProps) => ReactNode };

export type TextFieldProps = FrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children' | 'className'> & {
    value: string;
    onChange: (value: string) => void;
    /** A textarea of this many rows instead of an input (it takes name, maxLength, required and autoFocus; for more, pass a function). */
    rows?: number;
    children?: undefined;
  };

export type FormFieldProps = CustomProps | TextFieldProps;

const isCustom = (props: FormFieldProps): props is CustomProps => typeof props.children === 'function';

export function FormField(props: FormFieldProps) {
  if (isCustom(props)) {
    const { children, ...frame } = props;
    return <FieldFrame {...frame} control={children} />;
  }
  const { label, mark, hint, problem, announce, invalid, describedBy, id, className, after, value, onChange, rows, ...input } = props;
  const frame = { label, mark, hint, problem, announce, invalid, describedBy, id, className, after };
  const change = (event: { target: { value: string } }) => onChange(event.target.value);
  return (
    <FieldFrame
      {...frame}
      control={(control) =>
        rows ? (
          <textarea
            {...control}
            rows={rows}
            name={input.name}
            maxLength={input.maxLength}
            required={input.required}
            autoFocus={input.autoFocus}
            value={value}
            onChange={change}
          />
        ) : (
          <input {...control} {...input} value={value} onChange={change} />
        )
      }
    />
  );
}

function FieldFrame({
  label,
  mark,
  hint,
  problem,
  announce,
  invalid,
  describedBy,
  id: fixedId,
  className = 'field',
  after,
  control,
}: FrameProps & { control: (control: ControlProps) => ReactNode }) {
  const { t } = useI18n();
  const generatedId = useId();
  const id = fixedId ?? generatedId;
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id}>
        {label}
        {mark && <FieldMark mark={mark} />}
      </label>
      {control({
        id,
        'aria-invalid': problem || invalid ? true : undefined,
        'aria-describedby': [describedBy, hintId, problemId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-problem" id={problemId} role={announce ? 'alert' : undefined}>
          {t(problem.key, problem.params)}
        </p>
      )}
      {after}
    </div>
  );
}

/** The "required" or "optional" mark after a label or a legend. */
export function FieldMark({ mark }: { mark: 'required' | 'optional' }) {
  const { t } = useI18n();
  return mark === 'required' ? (
    <span className="required-mark"> {t('form.requiredMark')}</span>
  ) : (
    <span className="optional-mark"> {t('form.optionalMark')}</span>
  );
}
