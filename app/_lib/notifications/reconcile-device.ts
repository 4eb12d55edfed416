'use client';
/**
 * Whether notifications really reach this device, asked each time the app starts online: the
 * user's "on" here is only a note on the device, and the server may have forgotten the device's
 * subscription meanwhile (a sign-out elsewhere, a revoke and re-approval, a 404/410 or repeated
 * 401/403 from the push service, new VAPID keys). The server's record (notifications.mine →
 * thisDeviceEndpoint) is compared with the browser's own subscription; when the user turned
 * notifications on and the permission still stands, what is missing is put right without a word;
 * without the permission, notifications are off here.
 */
import { isOnHere, pushSupported, setOnHere } from './device-notifications';
import { readyWithin, saveSubscription, subscribeHere, type SaveSubscription } from './subscribe-device';

export interface DeviceFacts {
  /** The user turned notifications on here. */
  wantedOn: boolean;
  permission: NotificationPermission;
  /** Push is possible here (an open app can notify without it). */
  pushAvailable: boolean;
  serverEndpoint: string | null;
  /** The browser's subscription: its endpoint and the key it was made with (base64url; null when the browser does not say). */
  browser: { endpoint: string; key: string | null } | null;
  vapidPublicKey: string;
}

export type ReconcileStep = 'off' | 'on' | 'saveAgain' | 'subscribeAgain';

const unpadded = (base64url: string) => base64url.replace(/=+$/, '');

export function planReconcile({
  wantedOn,
  permission,
  pushAvailable,
  serverEndpoint,
  browser,
  vapidPublicKey,
}: DeviceFacts): ReconcileStep {
  if (!wantedOn || permission !== 'granted') return 'off';
  if (!pushAvailable) return 'on';
  // Made with other keys: the push service refuses our pushes to it; only a new subscription helps.
  if (!browser || (browser.key !== null && unpadded(browser.key) !== unpadded(vapidPublicKey))) return 'subscribeAgain';
  return browser.endpoint === serverEndpoint ? 'on' : 'saveAgain';
}

function base64url(buffer: ArrayBuffer | null | undefined): string | null {
  if (!buffer) return null;
  const text = btoa(String.fromCharCode(...new Uint8Array(buffer)));
  return text.replace(/\+/g, '-').replace(/\//g, '_');
}

export interface ReconcileResult {
  on: boolean;
  /** On, but the browser's push service could not be reached: only the open app notifies. */
  pushUnavailable: boolean;
}

async function reconcile(
  userId: string,
  serverEndpoint: string | null,
  vapidPublicKey: string,
  save: SaveSubscription,
): Promise<ReconcileResult> {
  const permission = 'Notification' in window ? Notification.permission : 'denied';
  const wantedOn = isOnHere(userId);
  const off = planReconcile({ wantedOn, permission, pushAvailable: false, serverEndpoint, browser: null, vapidPublicKey }) === 'off';
  // Off whatever the browser holds: no need to wait for the service worker.
  const registration = !off && pushSupported() ? await readyWithin(10_000) : null;
  const subscription = (await registration?.pushManager.getSubscription().catch(() => null)) ?? null;
  const step = planReconcile({
    wantedOn,
    permission,
    pushAvailable: registration !== null,
    serverEndpoint,
    browser: subscription && { endpoint: subscription.endpoint, key: base64url(subscription.options?.applicationServerKey) },
    vapidPublicKey,
  });
  if (step === 'off') {
    // The permission was taken back in the browser's settings: "on" must be asked for again.
    if (permission !== 'granted') setOnHere(userId, false);
    return { on: false, pushUnavailable: false };
  }
  if (step === 'on') return { on: true, pushUnavailable: false };
  if (step === 'saveAgain' && subscription) {
    const saved = await saveSubscription(subscription, save).then(
      () => true,
      () => false,
    );
    return { on: true, pushUnavailable: !saved };
  }
  await subscription?.unsubscribe().catch(() => undefined);
  return { on: true, pushUnavailable: !(registration && (await subscribeHere(registration, vapidPublicKey, save))) };
}

/** One reconciliation per state of the server's record, however many screens ask. */
let last: { key: string; result: Promise<ReconcileResult> } | null = null;

export function reconcileDevice(
  userId: string,
  server: { thisDeviceEndpoint: string | null; vapidPublicKey: string },
  save: SaveSubscription,
): Promise<ReconcileResult> {
  const key = JSON.stringify([userId, server.thisDeviceEndpoint, server.vapidPublicKey, isOnHere(userId)]);
  if (last?.key !== key) last = { key, result: reconcile(userId, server.thisDeviceEndpoint, server.vapidPublicKey, save) };
  return last.result;
}

/** After the user turns notifications on or off here, the next reconciliation starts afresh. */
export function forgetReconciliation(): void {
  last = null;
}
