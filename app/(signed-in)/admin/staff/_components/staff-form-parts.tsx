'use client';
/** What the new-account and edit forms share: the profession choice and the form's alerts. */
import { professions, type Profession } from '@/lib/domain/roles';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';

export function ProfessionField({ value, onChange }: { value: Profession; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <FormField label={t('staff.profession')}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {professions.map((profession) => (
            <option key={profession} value={profession}>
              {t(`profession.${profession}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** How many fields need attention (checked on the device), and what the server refused. */
export function StaffFormAlerts({ problemCount, error }: { problemCount: number; error: unknown }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorAlert>{problemCount > 0 && t('form.problems', { count: problemCount })}</ErrorAlert>
      <ErrorAlert error={error} />
    </>
  );
}
