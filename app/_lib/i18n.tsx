'use client';
/** Gives every client component the current locale and a translator. */
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/locales';
import { readLocale, subscribeLocale, writeLocale } from './locale-store';

interface I18n {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The pages are static app-shell documents (they must open offline), so the language is only
 * known in the browser: until then a neutral splash shows, not Japanese text flipping to English.
 */
export function I18nProvider({ children, splash }: { children: ReactNode; splash: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, readLocale, () => null);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(locale ?? 'ja', key, params), [locale]);
  const value = useMemo(() => (locale ? { locale, t, setLocale: writeLocale } : null), [locale, t]);
  if (!value) return splash;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
