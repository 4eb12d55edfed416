'use client';
/**
 * What the sign-in page says about why it is shown (signed out, a session ended and why, a device
 * revoked, an account disabled) and about unsent work waiting on this device for its author.
 */
import { useEffect, useState } from 'react';
import { readWaitingWork, type WaitingWork } from '@/lib/offline/waiting-work';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { useI18n } from '@/app/_lib/i18n';
import { signInReasons, type SignInReason } from '@/app/_lib/sign-out-state';

export type SignInNotice = 'signedOut' | SignInReason;

const messages: Record<SignInNotice, MessageKey> = {
  signedOut: 'signIn.signedOut',
  idle: 'signIn.sessionExpired',
  maxAge: 'signIn.maxAge',
  passwordChanged: 'signIn.passwordChanged',
  signedOutElsewhere: 'signIn.signedOutElsewhere',
  invalid: 'signIn.invalid',
  disabled: 'signIn.disabled',
  deviceRevoked: 'device.revokedNotice',
};

/** Wiped (the account or device may no longer be used); the others keep unsent work. */
const wiped = new Set<SignInNotice>(['disabled', 'deviceRevoked', 'signedOut']);

/** The notice the page's address asks for, read once in the browser (the page itself is static). */
export function useSignInNotice(): [SignInNotice | null, (notice: SignInNotice | null) => void] {
  const [notice, setNotice] = useState<SignInNotice | null>(null);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const reason = params.get('reason');
    if (params.has('signedOut')) setNotice('signedOut');
    else if (reason && (signInReasons as readonly string[]).includes(reason)) setNotice(reason as SignInReason);
  }, []);
  return [notice, setNotice];
}

/** Who has unsent work on this device (read once in the browser). */
export function useWaitingWork(): WaitingWork[] {
  const [waiting, setWaiting] = useState<WaitingWork[]>([]);
  useEffect(() => setWaiting(readWaitingWork()), []);
  return waiting;
}

export function SignInNotices({ notice, waiting }: { notice: SignInNotice | null; waiting: WaitingWork[] }) {
  const { t } = useI18n();
  return (
    <>
      {notice && (
        <p className={wiped.has(notice) && notice !== 'signedOut' ? 'alert alert-warning' : 'alert alert-info'} role="status">
          {t(messages[notice])}
          {!wiped.has(notice) && waiting.length > 0 && <> {t('signIn.workKept')}</>}
        </p>
      )}
      {waiting.map((entry) => (
        <p key={entry.userId} className="alert alert-info waiting-work">
          {t('signIn.waitingWork', { name: entry.displayName, count: entry.count })}
        </p>
      ))}
    </>
  );
}
