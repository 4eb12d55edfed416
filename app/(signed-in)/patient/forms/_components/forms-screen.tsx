'use client';
/** 様式一覧: `/patient/forms?id=…`, a patient's finalised forms (each series' newest version), my drafts, and new ones. */
import { useMemo, useState } from 'react';
import { formTemplateIds, mayAuthorForm } from '@/lib/domain/form-templates';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { BackToTimeline } from '@/app/(signed-in)/patient/_components/back-to-timeline';
import { FormSummary } from '@/app/(signed-in)/patient/_components/form-summary';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { currentVersions, usePatientForms } from '@/app/(signed-in)/patient/_lib/use-forms';
import { useTeam } from '@/app/(signed-in)/patient/_lib/use-patient';
import { useCreateForm } from '../_lib/use-create-form';

export function FormsScreen() {
  return <PatientGate>{(patient) => <FormsPanel key={patient.id} patient={patient} />}</PatientGate>;
}

function FormsPanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const { me } = useOffline();
  const team = useTeam(patient.id);
  const forms = usePatientForms(patient.id);
  const create = useCreateForm(patient, team, forms ?? []);
  const [creating, setCreating] = useState(false);
  const finalised = useMemo(() => currentVersions(forms ?? []), [forms]);
  const drafts = useMemo(
    () => (forms ?? []).filter((form) => form.status === 'draft' && form.authorId === me.id).reverse(),
    [forms, me.id],
  );
  const mine = formTemplateIds.filter((template) => mayAuthorForm(me.profession, template));
  const writable = patient.archivedAt === null;

  return (
    <div className="stack">
      <BackToTimeline patient={patient} />
      <h1>{t('forms.title', { name: patient.name })}</h1>
      {writable && (
        <section className="card" aria-labelledby="forms-create">
          <h2 id="forms-create">{t('forms.create')}</h2>
          {mine.length === 0 ? (
            <p className="hint">{t('forms.cannotCreate')}</p>
          ) : (
            <div className="row">
              {mine.map((template) => (
                <button
                  key={template}
                  type="button"
                  className="button"
                  disabled={creating || forms === undefined}
                  onClick={() => {
                    setCreating(true);
                    void create(template).finally(() => setCreating(false));
                  }}
                >
                  {t('forms.createOf', { template: t(`forms.template.${template}`) })}
                </button>
              ))}
            </div>
          )}
        </section>
      )}
      {drafts.length > 0 && (
        <section className="card" aria-labelledby="forms-drafts">
          <h2 id="forms-drafts">{t('forms.myDrafts')}</h2>
          <ul className="form-list">
            {drafts.map((form) => (
              <li key={form.id}>
                <FormSummary form={form} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="forms-final">
        <h2 id="forms-final">{t('forms.finalised')}</h2>
        {forms === undefined ? (
          <p className="hint" role="status">
            {t('common.loading')}
          </p>
        ) : finalised.length === 0 ? (
          <p className="hint">{t('forms.none')}</p>
        ) : (
          <ul className="form-list">
            {finalised.map((form) => (
              <li key={form.id}>
                <FormSummary form={form} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
