'use client';
/** The audit log's filters: who, which patient, what, between which days. Applied on "Show". */
import { useId, useState, type FormEvent } from 'react';
import { auditActions } from '@/lib/domain/audit-actions';
import type { AuditFilters } from '@/lib/schemas/audit';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  patients: Array<{ id: string; name: string; nameKana: string }>;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFilterForm({ patients, onApply }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState({ loginId: '', patientId: '', action: '', from: '', to: '' });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

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
      <div className="field">
        <label htmlFor={`${id}-login`}>{t('audit.filter.loginId')}</label>
        <input
          id={`${id}-login`}
          value={values.loginId}
          onChange={set('loginId')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-patient`}>{t('audit.filter.patient')}</label>
        <select id={`${id}-patient`} value={values.patientId} onChange={set('patientId')}>
          <option value="">{t('audit.filter.anyPatient')}</option>
          {patients.map((patient) => (
            <option key={patient.id} value={patient.id}>
              {patient.name}（{patient.nameKana}）
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>{t('audit.filter.action')}</label>
        <select id={`${id}-action`} value={values.action} onChange={set('action')}>
          <option value="">{t('audit.filter.anyAction')}</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {t(`auditAction.${action}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('audit.filter.from')}</label>
        <input id={`${id}-from`} type="date" value={values.from} onChange={set('from')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('audit.filter.to')}</label>
        <input id={`${id}-to`} type="date" value={values.to} onChange={set('to')} />
      </div>
      <div className="audit-filters-submit">
        <button type="submit" className="button button-primary">
          {t('audit.apply')}
        </button>
      </div>
    </form>
  );
}
