/**
 * What a push says: "New message in Renraku" and how many wait — never a patient's name, a
 * category or a word of a post, so nothing clinical passes through Apple's, Google's or Mozilla's
 * push servers. The service worker shows it and opens What's new when it is tapped.
 */
import 'server-only';
import { translate } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/locales';

export interface PushMessage {
  title: string;
  body: string;
  count: number;
  url: '/whats-new';
}

export function composePushMessage(locale: Locale, count: number): PushMessage {
  return {
    title: translate(locale, 'notifications.push.title'),
    body: translate(locale, 'notifications.push.body', { count }),
    count,
    url: '/whats-new',
  };
}
