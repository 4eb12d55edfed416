'use client';
/** What the new-account and edit forms share: the profession choice and the form's alerts. */
import { professions, type Profession } from '@/lib/domain/roles';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';

export function ProfessionField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Profession;
  onChange: (event: { target: { value: string } }) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('staff.profession')}</label>
      <select id={id} value={value} onChange={onChange}>
        {professions.map((profession) => (
          <option key={profession} value={profession}>
            {t(`profession.${profession}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How many fields need attention (checked on the device), and what the server refused. */
export function StaffFormAlerts({ problemCount, error }: { problemCount: number; error: unknown }) {
  const { t, locale } = useI18n();
  return (
    <>
      {problemCount > 0 && (
        <p className="alert alert-error" role="alert">
          {t('form.problems', { count: problemCount })}
        </p>
      )}
      {error != null && (
        <p className="alert alert-error" role="alert">
          {describeError(clientErrorOf(error), locale)}
        </p>
      )}
    </>
  );
}
