'use client';
/** Gives every client component the current locale and a translator. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { MessageKey, MessageParams, Messages } from '@/lib/i18n/catalogue';
import { formatMessage } from '@/lib/i18n/format-message';
import { loadCatalogue, loadedCatalogue } from '@/lib/i18n/load-catalogue';
import type { Locale } from '@/lib/i18n/locales';
import { readLocale, subscribeLocale, writeLocale } from './locale-store';

interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

// The catalogue of the device's language is fetched while the page hydrates, not after.
if (typeof window !== 'undefined') loadCatalogue(readLocale()).catch(() => undefined);

const retryMs = 1_000;

/**
 * The pages are static app-shell documents (they must open offline), so the language is only
 * known in the browser: until then, and until its catalogue has arrived, a neutral splash shows,
 * not Japanese text flipping to English. A language switch keeps the old words until the new
 * catalogue is there.
 */
export function I18nProvider({ children, splash }: { children: ReactNode; splash: ReactNode }) {
  const wanted = useSyncExternalStore(subscribeLocale, readLocale, () => null);
  const [arrived, setArrived] = useState<{ locale: Locale; messages: Messages } | null>(null);
  const ready = wanted ? loadedCatalogue(wanted) : null;
  const locale = ready ? wanted : (arrived?.locale ?? null);
  const messages = ready ?? arrived?.messages ?? null;

  useEffect(() => {
    if (!wanted) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      loadCatalogue(wanted).then(
        (loaded) => {
          if (live) setArrived({ locale: wanted, messages: loaded });
        },
        () => {
          if (live) retry = setTimeout(load, retryMs);
        },
      );
    };
    load();
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [wanted]);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback((key: MessageKey, params?: MessageParams) => formatMessage(messages?.[key] ?? key, params), [messages]);
  const value = useMemo(() => (locale ? { locale, t, setLocale: writeLocale } : null), [locale, t]);
  if (!value) return splash;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
