'use client';
/**
 * A patient's forms as this device holds them (finalised versions and my own drafts), one form by
 * id, and what the screens derive from them: each series' current version, a version's successor.
 */
import { useMemo } from 'react';
import { map } from 'rxjs';
import type { RxDocument } from 'rxdb';
import type { FormDoc } from '@/lib/schemas/form';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';

export function usePatientForms(patientId: string): FormDoc[] | undefined {
  const { db } = useOffline();
  return useRx(
    () =>
      db
        ? db.forms
            .find({ selector: { patientId }, sort: [{ clientCreatedAt: 'asc' }] })
            .$.pipe(map((docs) => docs.map((doc) => doc.toJSON() as FormDoc)))
        : null,
    [db, patientId],
  );
}

export type FormState = { status: 'loading' } | { status: 'missing' } | { status: 'found'; form: RxDocument<FormDoc> };

export function useForm(formId: string | null): FormState {
  const { db, lastSyncedAt } = useOffline();
  const form = useRx(() => (db && formId ? db.forms.findOne(formId).$ : null), [db, formId]);
  if (form && form.id === formId) return { status: 'found', form };
  if (!formId || (form === null && lastSyncedAt)) return { status: 'missing' };
  return { status: 'loading' };
}

/** The finalised versions of each series, oldest first. */
export function seriesOf(forms: FormDoc[], seriesId: string): FormDoc[] {
  return forms.filter((form) => form.seriesId === seriesId && form.status === 'final').sort((a, b) => a.version - b.version);
}

/** The newest finalised version of every series (what the team works from). */
export function currentVersions(forms: FormDoc[]): FormDoc[] {
  const latest = new Map<string, FormDoc>();
  for (const form of forms) {
    if (form.status !== 'final') continue;
    const known = latest.get(form.seriesId);
    if (!known || form.version > known.version) latest.set(form.seriesId, form);
  }
  // Finalised here and not yet stamped by the server: the newest of all.
  const finalised = (form: FormDoc) => form.finalizedAt ?? Number.MAX_SAFE_INTEGER;
  return [...latest.values()].sort((a, b) => finalised(b) - finalised(a));
}

/** Forms by the post that announces them (the timeline's cards). */
export function useFormsByPost(patientId: string): ReadonlyMap<string, FormDoc> {
  const forms = usePatientForms(patientId);
  return useMemo(() => new Map((forms ?? []).filter((form) => form.postId).map((form) => [form.postId as string, form])), [forms]);
}
