'use client';
/**
 * A draft's answers while it is being filled in: kept in the screen's state and written to this
 * device's database as they change (like the composer's draft), at the latest when the page is
 * hidden or left — a tablet that dies loses at most the last moment of typing. The replication
 * sends the draft to the server when there is a connection. The database's copy is read once:
 * what the server sends back while typing (its stamp on an earlier save) never overwrites it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RxDocument } from 'rxdb';
import { templateOf } from '@/lib/forms/templates';
import { saveFormDraft } from '@/lib/offline/record-mutators';
import type { FormDoc } from '@/lib/schemas/form';
import { useOffline } from '@/app/_lib/offline/offline-provider';

const saveAfterMs = 300;

export interface FormDraft {
  content: Record<string, unknown>;
  set(key: string, value: unknown): void;
  replace(content: Record<string, unknown>): void;
  /** When the answers last reached this device's database (this screen). */
  savedAt: number | null;
  /** Answers typed that have not reached it yet. */
  saving: boolean;
  /** Writes what is pending now. */
  flush(): Promise<void>;
}

export function useFormDraft(form: RxDocument<FormDoc>): FormDraft {
  const { writer } = useOffline();
  const [content, setContent] = useState<Record<string, unknown>>(() => form.toJSON().content as Record<string, unknown>);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const latest = useRef(form);
  latest.current = form;
  const pending = useRef<Record<string, unknown> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    if (!next || !writer) return;
    pending.current = null;
    await saveFormDraft(writer, latest.current, { content: next, period: templateOf(latest.current.template).period(next) });
    setSavedAt(Date.now());
    // Typing meanwhile has scheduled the next save.
    if (!pending.current) setSaving(false);
  }, [writer]);

  const schedule = useCallback(
    (next: Record<string, unknown>) => {
      pending.current = next;
      setSaving(true);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush().catch(() => undefined), saveAfterMs);
    },
    [flush],
  );

  useEffect(() => {
    const now = () => void flush().catch(() => undefined);
    const hidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      now();
    };
  }, [flush]);

  const set = useCallback(
    (key: string, value: unknown) =>
      setContent((current) => {
        const next = { ...current, [key]: value };
        schedule(next);
        return next;
      }),
    [schedule],
  );
  const replace = useCallback(
    (next: Record<string, unknown>) => {
      setContent(next);
      schedule(next);
    },
    [schedule],
  );
  return { content, set, replace, savedAt, saving, flush };
}
