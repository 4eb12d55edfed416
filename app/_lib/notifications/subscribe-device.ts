'use client';
/**
 * Asks the browser for permission — only ever from the user's tap on "Turn on notifications" —
 * then subscribes this device to web push with the server's key. Permission without push (a
 * browser with no push service reachable) still lets the open app notify.
 */
import type { PushSubscriptionInput } from '@/lib/schemas/notification-settings';
import { pushSupported } from './device-notifications';

export type TurnOnResult = { permission: NotificationPermission; pushed: boolean };

const readyWithin = (ms: number) =>
  Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function turnOnDevice(
  vapidPublicKey: string,
  save: (subscription: PushSubscriptionInput) => Promise<unknown>,
): Promise<TurnOnResult> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted' || !pushSupported()) return { permission, pushed: false };
  const registration = await readyWithin(10_000);
  if (!registration) return { permission, pushed: false };
  try {
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(vapidPublicKey),
    });
    const json = subscription.toJSON();
    await save({
      endpoint: json.endpoint ?? subscription.endpoint,
      keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
    });
    return { permission, pushed: true };
  } catch {
    return { permission, pushed: false };
  }
}

/** Unsubscribes in the browser too, so the push service stops holding an endpoint for us. */
export async function turnOffDevice(): Promise<void> {
  if (!pushSupported()) return;
  const registration = await readyWithin(3_000);
  const subscription = await registration?.pushManager.getSubscription();
  await subscription?.unsubscribe().catch(() => undefined);
}

/** Shows a notification through the service worker (the same tag as a push: one replaces the other). */
export async function showDeviceNotification(title: string, body: string): Promise<void> {
  const registration = await readyWithin(3_000);
  await registration?.showNotification(title, { body, tag: 'renraku-new', icon: '/icons/icon-192.png', data: { url: '/whats-new' } });
}
