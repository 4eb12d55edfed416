'use client';
/** The authenticator app: set it up (QR code or typed key, confirmed with a code), or remove it (with a code or the password). */
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { formatDateTime } from '@/lib/i18n/format';

interface Props {
  totp: { createdAt: Date } | null;
  /** Identity proved recently: setting up may proceed (removing asks for its own proof). */
  confirmed: boolean;
  onChanged: () => Promise<void>;
  onEnrolled: (codes: string[]) => Promise<void>;
}

export function TotpSection({ totp, confirmed, onChanged, onEnrolled }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const begin = useMutation(trpc.secondFactor.beginTotp.mutationOptions({ onError: () => void onChanged() }));
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.app.title')}</h2>
      {totp ? (
        <>
          <p>{t('security.app.enrolled', { date: formatDateTime(totp.createdAt, locale) })}</p>
          <RemoveTotp onRemoved={onChanged} />
        </>
      ) : begin.data ? (
        <ConfirmTotp
          enrolment={begin.data}
          confirmed={confirmed}
          onCancel={() => begin.reset()}
          onEnrolled={onEnrolled}
          onFailed={onChanged}
        />
      ) : (
        <>
          <p className="hint">{t('security.app.none')}</p>
          <ErrorAlert error={begin.error} />
          <button type="button" className="button button-primary" onClick={() => begin.mutate()} disabled={begin.isPending || !confirmed}>
            {t('security.app.setUp')}
          </button>
        </>
      )}
    </section>
  );
}

function ConfirmTotp({
  enrolment,
  confirmed,
  onCancel,
  onEnrolled,
  onFailed,
}: {
  enrolment: { secret: string; qrSvg: string };
  confirmed: boolean;
  onCancel: () => void;
  onEnrolled: Props['onEnrolled'];
  onFailed: () => Promise<void>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [code, setCode] = useState('');
  const keyId = useId();
  const confirm = useMutation(
    trpc.secondFactor.confirmTotp.mutationOptions({
      onSuccess: ({ recoveryCodes }) => onEnrolled(recoveryCodes),
      onError: () => {
        setCode('');
        void onFailed();
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate({ secret: enrolment.secret, code });
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>{t('security.app.step1')}</p>
      {/* Made on the server as SVG, shown as a data: image: no request leaves the app. */}
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt={t('security.app.qrAlt')}
        width={220}
        height={220}
        style={{ imageRendering: 'pixelated', background: '#fff' }}
      />
      <p className="hint">{t('security.app.keyLead')}</p>
      <p>
        <span id={keyId}>{t('security.app.key')}</span>:{' '}
        <code aria-labelledby={keyId} data-testid="totp-key" style={{ fontSize: '1.1em', userSelect: 'all', overflowWrap: 'anywhere' }}>
          {enrolment.secret}
        </code>
      </p>
      <p>{t('security.app.step2')}</p>
      <ErrorAlert error={confirm.error} />
      <FormField label={t('verify.code')} autoComplete="one-time-code" inputMode="numeric" required value={code} onChange={setCode} />
      <div className="row">
        <button
          type="submit"
          className="button button-primary"
          disabled={confirm.isPending || !confirmed || !/^\d{6}$/.test(code.replace(/\s/g, ''))}
        >
          {t('security.app.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('security.app.cancel')}
        </button>
      </div>
    </form>
  );
}

function RemoveTotp({ onRemoved }: { onRemoved: () => Promise<void> }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [withPassword, setWithPassword] = useState(false);
  const [value, setValue] = useState('');
  const remove = useMutation(trpc.secondFactor.removeTotp.mutationOptions({ onSuccess: onRemoved, onSettled: () => setValue('') }));
  function submit(event: FormEvent) {
    event.preventDefault();
    remove.mutate(withPassword ? { password: value } : { code: value });
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="hint">{t('security.app.removeLead')}</p>
      <ErrorAlert error={remove.error} />
      <FormField
        label={withPassword ? t('security.app.password') : t('security.app.currentCode')}
        type={withPassword ? 'password' : 'text'}
        autoComplete={withPassword ? 'current-password' : 'one-time-code'}
        inputMode={withPassword ? 'text' : 'numeric'}
        value={value}
        onChange={setValue}
      />
      <div className="row">
        <button type="submit" className="button button-danger" disabled={remove.isPending || !value}>
          {t('security.app.remove')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setWithPassword(!withPassword);
            setValue('');
          }}
        >
          {withPassword ? t('security.app.removeWithCode') : t('security.app.removeWithPassword')}
        </button>
      </div>
    </form>
  );
}
