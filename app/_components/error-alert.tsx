'use client';
/**
 * An error the user must notice, announced as it appears: what a call threw, translated (an
 * AppError's message, or "no connection"), or a sentence already in words. Nothing without either.
 */
import type { ReactNode } from 'react';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  /** What a tRPC call threw; null or undefined when nothing failed. */
  error?: unknown;
  /** The message in words, shown instead of the translated error when it is not empty. */
  children?: ReactNode;
  /** Within a row or under a field (a `field-problem`), not an alert block of its own. */
  inline?: boolean;
  id?: string;
}

export function ErrorAlert({ error, children, inline = false, id }: Props) {
  const { locale } = useI18n();
  const message = children || (error != null ? describeError(clientErrorOf(error), locale) : null);
  if (!message) return null;
  return (
    <p className={inline ? 'field-problem' : 'alert alert-error'} role="alert" id={id}>
      {message}
    </p>
  );
}
