'use client';
/**
 * What this device knows of notifications without the network: whether its user turned them on
 * here, and the last settings it saw (so the open app decides alike offline). Neither holds
 * patient data.
 */
import { defaultNotificationSettings, notificationSettings, type NotificationSettings } from '@/lib/schemas/notification-settings';

const onKey = (userId: string) => `renraku.notifications.${userId}`;
const settingsKey = (userId: string) => `renraku.notificationSettings.${userId}`;

export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window && 'serviceWorker' in navigator;
}

export function pushSupported(): boolean {
  return notificationsSupported() && 'PushManager' in window;
}

export function isOnHere(userId: string): boolean {
  try {
    return localStorage.getItem(onKey(userId)) === 'on';
  } catch {
    return false;
  }
}

export function setOnHere(userId: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(onKey(userId), 'on');
    else localStorage.removeItem(onKey(userId));
  } catch {
    // A private window: notifications stay off.
  }
}

export function keptSettings(userId: string): NotificationSettings {
  try {
    const parsed = notificationSettings.safeParse(JSON.parse(localStorage.getItem(settingsKey(userId)) ?? 'null'));
    return parsed.success ? parsed.data : defaultNotificationSettings;
  } catch {
    return defaultNotificationSettings;
  }
}

export function keepSettings(userId: string, settings: NotificationSettings): void {
  try {
    localStorage.setItem(settingsKey(userId), JSON.stringify(settings));
  } catch {
    // Not kept: the defaults apply offline.
  }
}

/** At sign-out and wipe: notifications are off here until this user turns them on again. */
export function forgetNotificationsHere(userId: string): void {
  try {
    localStorage.removeItem(onKey(userId));
    localStorage.removeItem(settingsKey(userId));
  } catch {
    // Nothing stored.
  }
}
