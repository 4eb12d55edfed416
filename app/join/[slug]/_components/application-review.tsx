'use client';
/** Step two: everything as it will be sent (the password masked), then Back or Send. */
import type { FacilityApplication } from '@/lib/schemas/application';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  application: FacilityApplication;
  pending: boolean;
  error: string | null;
  onBack: () => void;
  onSubmit: () => void;
}

export function ApplicationReview({ application: a, pending, error, onBack, onSubmit }: Props) {
  const { t } = useI18n();
  const rows: Array<[string, string]> = [
    [t('join.field.facilityName'), a.facilityName],
    [t('join.field.facilityNameKana'), a.facilityNameKana ?? t('join.none')],
    [t('join.field.prefecture'), a.prefecture],
    [t('join.field.municipality'), a.municipality],
    [t('join.field.kind'), t(`facilityKind.${a.kind}`)],
    [t('join.field.contactFamilyName'), a.contactFamilyName],
    [t('join.field.contactGivenName'), a.contactGivenName],
    [t('join.field.contactFamilyNameKana'), a.contactFamilyNameKana],
    [t('join.field.contactGivenNameKana'), a.contactGivenNameKana],
    [t('join.field.profession'), t(`profession.${a.profession}`)],
    [t('join.field.email'), a.email],
    [t('join.field.loginId'), a.loginId],
    [t('join.field.password'), `${'●'.repeat(8)} ${t('join.passwordMasked')}`],
  ];
  return (
    <section className="card stack" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        {t('join.confirmTitle')}
      </h2>
      <p>{t('join.confirmLead')}</p>
      <dl className="facts" aria-labelledby="review-heading">
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ErrorAlert>{error}</ErrorAlert>
      <div className="row">
        <button type="button" className="button" onClick={onBack} disabled={pending}>
          {t('join.back')}
        </button>
        <button type="button" className="button button-primary" onClick={onSubmit} disabled={pending}>
          {pending ? t('join.submitting') : t('join.submit')}
        </button>
      </div>
    </section>
  );
}
