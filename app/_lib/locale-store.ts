'use client';
/**
 * The locale chosen on this device: the signed-in user's setting once known, else the browser's
 * languages, else Japanese. Kept in localStorage so the app speaks it offline too.
 */
import { negotiateLocale, isLocale, type Locale } from '@/lib/i18n/locales';

const storageKey = 'renraku.locale';
const listeners = new Set<() => void>();

export function readLocale(): Locale {
  const stored = safeGet(storageKey);
  if (isLocale(stored)) return stored;
  return negotiateLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export function writeLocale(locale: Locale): void {
  if (safeGet(storageKey) === locale) return;
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) listener();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('languagechange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('languagechange', listener);
  };
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
