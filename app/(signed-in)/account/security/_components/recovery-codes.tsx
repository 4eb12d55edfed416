'use client';
/** Recovery codes: how many are left and a new set; a fresh set is shown once, to copy, print or download. */
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function RecoveryCodesSection({
  left,
  hasFactor,
  confirmed,
  onIssued,
}: {
  left: number;
  hasFactor: boolean;
  /** Identity proved recently: new codes may be made. */
  confirmed: boolean;
  onIssued: (codes: string[]) => Promise<void>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const headingId = useId();
  const regenerate = useMutation(
    trpc.secondFactor.regenerateRecoveryCodes.mutationOptions({ onSuccess: ({ recoveryCodes }) => onIssued(recoveryCodes) }),
  );
  if (!hasFactor) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.codes.title')}</h2>
      <p>{left > 0 ? t('security.codes.left', { count: left }) : t('security.codes.none')}</p>
      <ErrorAlert error={regenerate.error} />
      <ConfirmButton
        className="button"
        label={t('security.codes.regenerate')}
        question={t('security.codes.regenerateConfirm')}
        onConfirm={() => regenerate.mutate()}
        disabled={regenerate.isPending || !confirmed}
      />
    </section>
  );
}

export function RecoveryCodes({ codes, loginId, onDone }: { codes: string[]; loginId: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const headingId = useId();
  const [copied, setCopied] = useState(false);
  const text = `${t('security.codes.fileHeading', { loginId })}\n\n${codes.join('\n')}\n`;

  async function copy() {
    await navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => undefined,
    );
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `renraku-recovery-codes-${loginId}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }

  return (
    <section className="card stack recovery-codes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.codes.title')}</h2>
      <p className="alert alert-warning">{t('security.codes.shownOnce')}</p>
      <ol
        aria-label={t('security.codes.listLabel')}
        style={{ fontFamily: 'ui-monospace, monospace', fontSize: '1.15em', columns: 2, margin: 0 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      {copied && <p role="status">{t('security.codes.copied')}</p>}
      <div className="row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('security.codes.copy')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('security.codes.print')}
        </button>
        <button type="button" className="button" onClick={download}>
          {t('security.codes.download')}
        </button>
      </div>
      <button type="button" className="button button-primary" onClick={() => void onDone()}>
        {t('security.codes.saved')}
      </button>
    </section>
  );
}
