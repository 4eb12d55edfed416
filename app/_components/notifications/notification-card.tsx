'use client';
/**
 * Notifications on this device: turned on only when the user taps "Turn on notifications" (the
 * browser's permission is never asked on load), off again here alone; what it says is reconciled
 * with the server's record of the device (use-notifications-here.ts). Below, the user's settings,
 * which every device of theirs follows.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import { keepSettings, notificationsSupported, setOnHere } from '@/app/_lib/notifications/device-notifications';
import { forgetReconciliation } from '@/app/_lib/notifications/reconcile-device';
import { turnOffDevice, turnOnDevice } from '@/app/_lib/notifications/subscribe-device';
import { useTRPC } from '@/app/_lib/trpc';
import { useAppPlatform } from '@/app/_lib/use-app-platform';
import { useOnline } from '@/app/_lib/use-online';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { NotificationSettingsForm } from './notification-settings-form';
import { useNotificationsHere } from './use-notifications-here';

export function NotificationCard() {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const online = useOnline();
  const platform = useAppPlatform();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { mine, here, setHere } = useNotificationsHere(user.id);
  const subscribe = useMutation(trpc.notifications.subscribe.mutationOptions());
  const unsubscribe = useMutation(trpc.notifications.unsubscribe.mutationOptions());
  const [supported, setSupported] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const onHere = here?.on === true;

  useEffect(() => setSupported(notificationsSupported()), []);
  useEffect(() => {
    if (here?.pushUnavailable) setNotice('notifications.pushUnavailable');
  }, [here]);
  useEffect(() => {
    if (mine.data) keepSettings(user.id, mine.data.settings);
  }, [mine.data, user.id]);

  const turnOn = async () => {
    if (!mine.data) return;
    setBusy(true);
    setNotice(null);
    try {
      const result = await turnOnDevice(mine.data.vapidPublicKey, (subscription) => subscribe.mutateAsync(subscription));
      if (result.permission !== 'granted') return setNotice(result.permission === 'denied' ? 'notifications.denied' : null);
      setOnHere(user.id, true);
      forgetReconciliation();
      setHere({ on: true, pushUnavailable: !result.pushed });
      await queryClient.invalidateQueries(trpc.notifications.mine.queryFilter());
    } catch {
      setNotice('notifications.failed');
    } finally {
      setBusy(false);
    }
  };
  const turnOff = async () => {
    setBusy(true);
    setOnHere(user.id, false);
    forgetReconciliation();
    setHere({ on: false, pushUnavailable: false });
    setNotice(null);
    await turnOffDevice();
    await unsubscribe.mutateAsync().catch(() => undefined);
    setBusy(false);
  };

  const unsupportedText = platform?.appleMobile && !platform.standalone ? 'notifications.appleInstallFirst' : 'notifications.unsupported';
  return (
    <section className="card stack" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('notifications.title')}</h2>
      <p className="hint">{t('notifications.intro')}</p>
      {supported === false && <p role="note">{t(unsupportedText)}</p>}
      {supported && (
        <>
          <p role="status">{t(onHere ? 'notifications.deviceOn' : 'notifications.deviceOff')}</p>
          {onHere ? (
            <button type="button" className="button" disabled={busy} onClick={() => void turnOff()}>
              {t('notifications.turnOff')}
            </button>
          ) : (
            <button type="button" className="button button-primary" disabled={busy || !online || !mine.data} onClick={() => void turnOn()}>
              {t('notifications.turnOn')}
            </button>
          )}
        </>
      )}
      {notice && (
        <p className={notice === 'notifications.pushUnavailable' ? 'hint' : 'alert alert-warning'} role="alert">
          {t(notice)}
        </p>
      )}
      {!online && <p className="hint">{t('notifications.offline')}</p>}
      {mine.data && <NotificationSettingsForm settings={mine.data.settings} />}
    </section>
  );
}
