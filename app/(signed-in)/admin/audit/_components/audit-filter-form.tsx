'use client';
/** The audit log's filters: who, which patient, what, between which days. Applied on "Show". */
import { useState, type FormEvent } from 'react';
import { auditActions } from '@/lib/domain/audit-actions';
import type { AuditFilters } from '@/lib/schemas/audit';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  patients: Array<{ id: string; name: string; nameKana: string }>;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFilterForm({ patients, onApply }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState({ loginId: '', patientId: '', action: '', from: '', to: '' });
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function apply(event: FormEvent) {
    event.preventDefault();
    onApply(
      Object.fromEntries(
        Object.entries(values)
          .map(([key, value]) => [key, value.trim()])
          .filter(([, value]) => value !== ''),
      ) as AuditFilters,
    );
  }

  return (
    <form className="card audit-filters" onSubmit={apply} aria-label={t('audit.filters')}>
      <FormField
        label={t('audit.filter.loginId')}
        value={values.loginId}
        onChange={set('loginId')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <FormField label={t('audit.filter.patient')}>
        {(control) => (
          <select {...control} value={values.patientId} onChange={(event) => set('patientId')(event.target.value)}>
            <option value="">{t('audit.filter.anyPatient')}</option>
            {patients.map((patient) => (
              <option key={patient.id} value={patient.id}>
                {patient.name}（{patient.nameKana}）
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('audit.filter.action')}>
        {(control) => (
          <select {...control} value={values.action} onChange={(event) => set('action')(event.target.value)}>
            <option value="">{t('audit.filter.anyAction')}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {t(`auditAction.${action}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('audit.filter.from')} type="date" value={values.from} onChange={set('from')} />
      <FormField label={t('audit.filter.to')} type="date" value={values.to} onChange={set('to')} />
      <div className="audit-filters-submit">
        <button type="submit" className="button button-primary">
          {t('audit.apply')}
        </button>
      </div>
    </form>
  );
}
