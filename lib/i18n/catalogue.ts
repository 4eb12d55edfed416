/**
 * Both message catalogues, for the server (the manifest, FHIR exports, CSV) and tests. The browser
 * loads only the language in use, through lib/i18n/load-catalogue.ts: importing this module's values
 * into a client component ships both catalogues with it.
 */
import type { Locale } from './locales';
import { ja } from './messages/ja';
import { en } from './messages/en';
import { formatMessage } from './format-message';

export type MessageKey = keyof typeof ja;
/** A catalogue with exactly the keys of a Japanese one: the whole (the default) or one area file. */
export type Messages<Japanese = typeof ja> = Record<keyof Japanese, string>;
export type MessageParams = Record<string, string | number>;

export const catalogues: Record<Locale, Messages> = { ja, en };

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(catalogues[locale][key], params);
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
