'use client';
/**
 * The portal of one region (/join/<slug>): the service, how to join, the terms, and the
 * application in three steps — fill in, check, received. Japanese first; the language switch
 * offers English.
 */
import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { FacilityApplication } from '@/lib/schemas/application';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { ApplicationForm } from './application-form';
import { ApplicationReview } from './application-review';
import { emptyValues, type FieldProblems, type FormValues } from './application-values';
import { PortalIntro } from './portal-intro';

type Step = { name: 'form' } | { name: 'review'; application: FacilityApplication } | { name: 'done'; application: FacilityApplication };

export function PortalScreen({ region }: { region: { slug: string; name: string } }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [step, setStep] = useState<Step>({ name: 'form' });
  const [error, setError] = useState<string | null>(null);
  const stepTop = useRef<HTMLDivElement>(null);
  const submit = useMutation(trpc.applications.submit.mutationOptions());

  useEffect(() => {
    if (step.name === 'form') return;
    stepTop.current?.scrollIntoView({ block: 'start' });
    stepTop.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [step]);

  function send(application: FacilityApplication) {
    setError(null);
    submit.mutate(
      { slug: region.slug, application: { ...application, facilityNameKana: application.facilityNameKana ?? '' } },
      {
        onSuccess: () => {
          setValues(emptyValues);
          setStep({ name: 'done', application });
        },
        onError: (cause) => {
          const problem = clientErrorOf(cause);
          // Problems that belong to a field go back to the form, next to the field.
          if (problem.code === 'CONFLICT' && problem.details?.field === 'loginId') {
            setProblems({ loginId: { key: 'join.problem.loginIdTaken' } });
            setStep({ name: 'form' });
          } else if (problem.code === 'PASSWORD_POLICY') {
            setProblems({ password: { key: 'error.PASSWORD_POLICY' } });
            setStep({ name: 'form' });
          } else {
            setError(describeError(problem, locale));
          }
        },
      },
    );
  }

  return (
    <div className="auth-page portal-page">
      <div className="auth-top">
        <LanguageSwitch />
      </div>
      <main id="main" className="page stack">
        <header className="auth-brand">
          <img src="/icons/icon-192.png" alt="" width={56} height={56} />
          <div>
            <h1 className="portal-title">{t('join.title', { region: region.name })}</h1>
            <p className="tagline">{t('join.lead', { region: region.name })}</p>
          </div>
        </header>
        <p>
          <Link href={`/signin?region=${encodeURIComponent(region.slug)}`} className="portal-link">
            {t('join.signInLink')}
          </Link>
        </p>
        {step.name === 'form' && <PortalIntro regionName={region.name} />}
        <div ref={stepTop} className="stack">
          {step.name === 'form' && (
            <ApplicationForm
              values={values}
              problems={problems}
              onChange={setValues}
              onProblems={setProblems}
              onReview={(application) => setStep({ name: 'review', application })}
            />
          )}
          {step.name === 'review' && (
            <ApplicationReview
              application={step.application}
              pending={submit.isPending}
              error={error}
              onBack={() => setStep({ name: 'form' })}
              onSubmit={() => send(step.application)}
            />
          )}
          {step.name === 'done' && (
            <section className="card stack" aria-labelledby="done-heading" role="status">
              <h2 id="done-heading" tabIndex={-1}>
                {t('join.doneTitle')}
              </h2>
              <p>{t('join.doneLead', { facility: step.application.facilityName, email: step.application.email })}</p>
              <h3>{t('join.doneNextTitle')}</h3>
              <ol>
                <li>{t('join.doneNext1', { region: region.name })}</li>
                <li>{t('join.doneNext2')}</li>
                <li>{t('join.doneNext3', { loginId: step.application.loginId })}</li>
              </ol>
              <p>
                <Link href={`/signin?region=${encodeURIComponent(region.slug)}`} className="button">
                  {t('signIn.title')}
                </Link>
              </p>
            </section>
          )}
        </div>
      </main>
      <footer className="auth-foot">{t('app.description')}</footer>
    </div>
  );
}
