'use client';
/**
 * Sign out, and sign out everywhere — asking first when work waits unsent: on this device (how
 * many posts, comments, forms, readings and photos; Send now, Keep and stay signed in, or Sign out and discard after
 * a second confirmation) and, for everywhere, on the user's other devices as they last reported.
 */
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { formatDateTime } from '@/lib/i18n/format';
import { countPendingWork, holdsWrittenWork, type PendingWork } from '@/lib/offline/pending-work';
import type { OwnDevice } from '@/lib/schemas/device';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { markOnce } from '@/app/_lib/perf-mark';
import { useSignOut } from '@/app/_lib/use-sign-out';
import { useOnline } from '@/app/_lib/use-online';
import { useTRPC } from '@/app/_lib/trpc';

type Step = 'choose' | 'sending' | 'confirmDiscard';

export function SignOutControls() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const online = useOnline();
  const { writer, syncNow } = useOffline();
  const { busy, signOut, signOutEverywhere } = useSignOut();
  const dialog = useRef<HTMLDialogElement>(null);
  const plainEverywhere = useRef<HTMLDialogElement>(null);
  const [everywhere, setEverywhere] = useState(false);
  const [work, setWork] = useState<PendingWork | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [stillWaiting, setStillWaiting] = useState(false);
  const mine = useQuery(trpc.devices.mine.queryOptions(undefined, { enabled: online, staleTime: 30_000 }));
  const othersWaiting = (mine.data ?? []).filter((device) => !device.current && device.pendingCount > 0);

  const pendingHere = async () => (writer ? countPendingWork(writer) : null);
  const finish = (all: boolean) => (all ? signOutEverywhere() : signOut());

  async function request(all: boolean) {
    // Marked (as sign-out's own steps are) so that a sign-out that never starts shows where it stopped.
    markOnce('sign-out:asked');
    const here = await pendingHere();
    markOnce('sign-out:counted');
    if ((!here || !holdsWrittenWork(here)) && !(all && othersWaiting.length > 0)) {
      if (all) plainEverywhere.current?.showModal();
      else void finish(false);
      return;
    }
    setEverywhere(all);
    setWork(here);
    setStep('choose');
    setStillWaiting(false);
    dialog.current?.showModal();
  }

  async function sendThenSignOut() {
    setStep('sending');
    await syncNow().catch(() => undefined);
    const here = await pendingHere();
    setWork(here);
    if (here && holdsWrittenWork(here)) {
      setStillWaiting(true);
      setStep('choose');
      return;
    }
    dialog.current?.close();
    await finish(everywhere);
  }

  const waitingHere = work !== null && holdsWrittenWork(work);
  return (
    <>
      {/* Until the device's database is open, what waits here cannot be counted: signing out then would wipe it unasked. */}
      <button type="button" className="button button-primary" onClick={() => void request(false)} disabled={busy || !writer}>
        {busy ? t('home.signingOut') : t('home.signOut')}
      </button>
      <button type="button" className="button button-danger" onClick={() => void request(true)} disabled={busy || !online || !writer}>
        {t('home.signOutEverywhere')}
      </button>
      <ConfirmDialog
        dialogRef={plainEverywhere}
        question={t('home.signOutEverywhereConfirm')}
        action={t('home.signOutEverywhere')}
        danger
        onConfirm={() => void finish(true)}
      />
      <dialog ref={dialog} aria-labelledby="sign-out-title" className="sign-out-dialog">
        <div className="stack">
          <h2 id="sign-out-title">{step === 'confirmDiscard' ? t('signOut.discardConfirmTitle') : t('signOut.title')}</h2>
          {waitingHere && <WorkList work={work} />}
          {everywhere && othersWaiting.length > 0 && <OtherDevices devices={othersWaiting} />}
          {step === 'confirmDiscard' ? (
            <>
              <p className="alert alert-warning">{t('signOut.discardConfirm')}</p>
              <div className="row">
                <button type="button" className="button" autoFocus onClick={() => setStep('choose')}>
                  {t('signOut.back')}
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => {
                    dialog.current?.close();
                    void finish(everywhere);
                  }}
                >
                  {t('signOut.discardConfirmButton')}
                </button>
              </div>
            </>
          ) : (
            <>
              {stillWaiting && <p className="alert alert-warning">{t('signOut.stillWaiting')}</p>}
              {waitingHere && !online && <p className="hint">{t('signOut.offline')}</p>}
              <div className="row">
                <button type="button" className="button button-primary" autoFocus onClick={() => dialog.current?.close()}>
                  {t('signOut.keep')}
                </button>
                {waitingHere && online && (
                  <button type="button" className="button" disabled={step === 'sending'} onClick={() => void sendThenSignOut()}>
                    {step === 'sending' ? t('signOut.sending') : t('signOut.sendNow')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-danger"
                  disabled={step === 'sending'}
                  onClick={() => (waitingHere ? setStep('confirmDiscard') : (dialog.current?.close(), void finish(everywhere)))}
                >
                  {waitingHere ? t('signOut.discard') : t('home.signOutEverywhere')}
                </button>
              </div>
            </>
          )}
        </div>
      </dialog>
    </>
  );
}

function WorkList({ work }: { work: PendingWork }) {
  const { t } = useI18n();
  const lines = [
    work.posts > 0 && (work.posts === 1 ? t('signOut.post') : t('signOut.posts', { count: work.posts })),
    work.comments > 0 && (work.comments === 1 ? t('signOut.comment') : t('signOut.comments', { count: work.comments })),
    work.forms > 0 && t('signOut.forms', { count: work.forms }),
    work.observations > 0 && t('signOut.observations', { count: work.observations }),
    work.files > 0 && t('signOut.files', { count: work.files }),
    work.refused > 0 && t('signOut.refused', { count: work.refused }),
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      <p>{t('signOut.lead')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

function OtherDevices({ devices }: { devices: OwnDevice[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      <p>{t('signOut.otherDevices')}</p>
      <ul>
        {devices.map((device) => (
          <li key={device.id}>
            {t('signOut.otherDevice', {
              name: device.name,
              count: device.pendingCount,
              time: device.pendingReportedAt ? formatDateTime(device.pendingReportedAt, locale) : '—',
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
