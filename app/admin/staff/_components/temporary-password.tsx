'use client';
/** The temporary password to hand over, shown once: the person must replace it at first sign-in. */
import { useI18n } from '@/app/_lib/i18n';

export interface HandOver {
  name: string;
  loginId: string;
  temporaryPassword: string;
}

export function TemporaryPassword({ handOver, onDone }: { handOver: HandOver; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <section className="alert alert-info temporary-password" role="status" aria-labelledby="temporary-password-heading">
      <h2 id="temporary-password-heading">{t('staff.handOverTitle', { name: handOver.name })}</h2>
      <dl className="facts">
        <dt>{t('staff.loginId')}</dt>
        <dd>
          <code>{handOver.loginId}</code>
        </dd>
        <dt>{t('staff.temporaryPassword')}</dt>
        <dd>
          <code className="temporary-password-value">{handOver.temporaryPassword}</code>
        </dd>
      </dl>
      <p>{t('staff.handOverHint')}</p>
      <button type="button" className="button" onClick={onDone}>
        {t('staff.handedOver')}
      </button>
    </section>
  );
}
