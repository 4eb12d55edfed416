'use client';
/**
 * Asks the browser for permission — only ever from the user's tap on "Turn on notifications" —
 * then subscribes this device to web push with the server's key. Permission without push (a
 * browser with no push service reachable) still lets the open app notify.
 */
import type { PushSubscriptionInput } from '@/lib/schemas/notification-settings';
import { pushSupported } from './device-notifications';
import { alertedRecently, noteAlerted } from './service-worker-signals';

export type TurnOnResult = { permission: NotificationPermission; pushed: boolean };

export const readyWithin = (ms: number) =>
  Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function turnOnDevice(vapidPublicKey: string, save: SaveSubscription): Promise<TurnOnResult> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted' || !pushSupported()) return { permission, pushed: false };
  const registration = await readyWithin(10_000);
  if (!registration) return { permission, pushed: false };
  return { permission, pushed: await subscribeHere(registration, vapidPublicKey, save) };
}

export type SaveSubscription = (subscription: PushSubscriptionInput) => Promise<unknown>;

/** Hands the browser's subscription to the server, which pushes to it from now on. */
export async function saveSubscription(subscription: PushSubscription, save: SaveSubscription): Promise<void> {
  const json = subscription.toJSON();
  await save({
    endpoint: json.endpoint ?? subscription.endpoint,
    keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
  });
}

/** Subscribes with the server's key and saves it there; false when the browser's push service refused. */
export async function subscribeHere(
  registration: ServiceWorkerRegistration,
  vapidPublicKey: string,
  save: SaveSubscription,
): Promise<boolean> {
  try {
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(vapidPublicKey),
    });
    await saveSubscription(subscription, save);
    return true;
  } catch {
    return false;
  }
}

/** Unsubscribes in the browser too, so the push service stops holding an endpoint for us. */
export async function turnOffDevice(): Promise<void> {
  if (!pushSupported()) return;
  // The registration as it is now (never waiting for one): a wipe calls this too.
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const subscription = await registration?.pushManager.getSubscription().catch(() => null);
  await subscription?.unsubscribe().catch(() => undefined);
}

/**
 * Shows a notification through the service worker (the same tag as a push: one replaces the
 * other). Within two minutes of another alert — the push for the same news may have come first —
 * it replaces that one without a sound; otherwise it alerts and notes so for the push to follow.
 */
export async function showDeviceNotification(title: string, body: string): Promise<void> {
  const registration = await readyWithin(3_000);
  if (!registration) return;
  const told = await alertedRecently();
  await registration.showNotification(title, {
    body,
    tag: 'renraku-new',
    silent: told,
    icon: '/icons/icon-192.png',
    data: { url: '/whats-new' },
  });
  if (!told) await noteAlerted();
}
