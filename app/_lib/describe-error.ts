/** The translated sentence for an error a user met. */
import { errorMessageKeys } from '@/lib/i18n/error-message-keys';
import { formatDateTime } from '@/lib/i18n/format';
import { translateLoaded } from '@/lib/i18n/load-catalogue';
import type { Locale } from '@/lib/i18n/locales';
import type { ClientError } from './app-error-of';

export function describeError(error: ClientError, locale: Locale): string {
  if (error.code === 'NETWORK') return translateLoaded(locale, 'error.network');
  const until = error.details?.until;
  const params = typeof until === 'string' ? { until: formatDateTime(new Date(until), locale) } : undefined;
  return translateLoaded(locale, errorMessageKeys[error.code], params);
}
