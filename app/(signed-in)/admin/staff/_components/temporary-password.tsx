'use client';
/**
 * The temporary passwords to hand over, shown once: each person must replace theirs at first
 * sign-in. One account shows as a card; many (a CSV file) as a table to print.
 */
import { useI18n } from '@/app/_lib/i18n';

export interface HandOver {
  name: string;
  loginId: string;
  temporaryPassword: string;
  /** Passkeys removed with a password reset, to tell the administrator (and through them, the person). */
  removedPasskeys?: number;
}

export function TemporaryPasswords({ handOvers, onDone }: { handOvers: HandOver[]; onDone: () => void }) {
  const { t } = useI18n();
  const [only] = handOvers;
  const title =
    handOvers.length === 1 && only
      ? t('staff.handOverTitle', { name: only.name })
      : t('staff.handOverManyTitle', { count: handOvers.length });
  return (
    <section className="alert alert-info temporary-password" role="status" aria-labelledby="temporary-password-heading">
      <h2 id="temporary-password-heading">{title}</h2>
      {handOvers.length === 1 && only ? (
        <dl className="facts">
          <dt>{t('staff.loginId')}</dt>
          <dd>
            <code>{only.loginId}</code>
          </dd>
          <dt>{t('staff.temporaryPassword')}</dt>
          <dd>
            <code className="temporary-password-value">{only.temporaryPassword}</code>
          </dd>
        </dl>
      ) : (
        <div className="table-scroll">
          <table className="hand-over-table">
            <thead>
              <tr>
                <th scope="col">{t('staff.name')}</th>
                <th scope="col">{t('staff.loginId')}</th>
                <th scope="col">{t('staff.temporaryPassword')}</th>
              </tr>
            </thead>
            <tbody>
              {handOvers.map((handOver) => (
                <tr key={handOver.loginId}>
                  <th scope="row">{handOver.name}</th>
                  <td>
                    <code>{handOver.loginId}</code>
                  </td>
                  <td>
                    <code className="temporary-password-value">{handOver.temporaryPassword}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {handOvers.length === 1 && only?.removedPasskeys ? (
        <p>{t('staff.passkeysRemoved', { name: only.name, count: only.removedPasskeys })}</p>
      ) : null}
      <p>{t('staff.handOverHint')}</p>
      <div className="row no-print">
        {handOvers.length > 1 && (
          <button type="button" className="button" onClick={() => window.print()}>
            {t('staff.print')}
          </button>
        )}
        <button type="button" className="button" onClick={onDone}>
          {t('staff.handedOver')}
        </button>
      </div>
    </section>
  );
}
