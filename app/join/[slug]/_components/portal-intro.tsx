'use client';
/** The portal's reading part: what Renraku is, how a facility joins, and the terms of use. */
import { useI18n } from '@/app/_lib/i18n';
import type { MessageKey } from '@/lib/i18n/catalogue';

const steps = ['join.step1', 'join.step2', 'join.step3', 'join.step4'] as const satisfies readonly MessageKey[];
const terms = [
  'join.terms1',
  'join.terms2',
  'join.terms3',
  'join.terms4',
  'join.terms5',
  'join.terms6',
  'join.terms7',
  'join.terms8',
] as const satisfies readonly MessageKey[];

export function PortalIntro({ regionName }: { regionName: string }) {
  const { t } = useI18n();
  return (
    <>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('join.aboutTitle')}</h2>
        <p>{t('join.about1')}</p>
        <p>{t('join.about2')}</p>
      </section>
      <section className="card" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('join.stepsTitle')}</h2>
        <ol className="portal-steps">
          {steps.map((key) => (
            <li key={key}>{t(key, { region: regionName })}</li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="terms-heading">
        <h2 id="terms-heading">{t('join.termsTitle')}</h2>
        <div className="portal-terms" tabIndex={0} role="document" aria-labelledby="terms-heading">
          {terms.map((key) => (
            <p key={key}>{t(key, { region: regionName })}</p>
          ))}
        </div>
      </section>
    </>
  );
}
