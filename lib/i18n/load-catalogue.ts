/**
 * The browser's catalogues: each language is its own script, fetched when the device speaks it
 * (app/_lib/i18n.tsx waits for it behind the splash), so a page's first scripts carry neither and
 * a device loads only the one in use — the other when the user switches. The server and the
 * printed forms import the catalogues directly (lib/i18n/catalogue.ts, lib/i18n/messages/ja.ts).
 */
import type { MessageKey, MessageParams, Messages } from './catalogue';
import { formatMessage } from './format-message';
import type { Locale } from './locales';

const loaded: Partial<Record<Locale, Messages>> = {};
const loading: Partial<Record<Locale, Promise<Messages>>> = {};

function importCatalogue(locale: Locale): Promise<Messages> {
  return locale === 'ja' ? import('./messages/ja').then((module) => module.ja) : import('./messages/en').then((module) => module.en);
}

/** Fetches a language's catalogue once; a failed fetch is tried again by the next call. */
export function loadCatalogue(locale: Locale): Promise<Messages> {
  const known = loaded[locale];
  if (known) return Promise.resolve(known);
  loading[locale] ??= importCatalogue(locale).then(
    (messages) => {
      loaded[locale] = messages;
      return messages;
    },
    (error: unknown) => {
      delete loading[locale];
      throw error;
    },
  );
  return loading[locale];
}

/** The catalogue when it has arrived, else null. */
export function loadedCatalogue(locale: Locale): Messages | null {
  return loaded[locale] ?? null;
}

/**
 * A message in a language whose catalogue has arrived: everything under the I18nProvider, which
 * shows its splash until the catalogue of the language in use is there.
 */
export function translateLoaded(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const messages = loaded[locale];
  if (!messages) throw new Error(`the ${locale} catalogue has not been loaded`);
  return formatMessage(messages[key], params);
}
