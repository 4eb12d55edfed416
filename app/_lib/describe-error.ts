/** The translated sentence for an error a user met. */
import { errorMessageKeys, translate } from '@/lib/i18n/catalogue';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { ClientError } from './app-error-of';

export function describeError(error: ClientError, locale: Locale): string {
  if (error.code === 'NETWORK') return translate(locale, 'error.network');
  const until = error.details?.until;
  const params = typeof until === 'string' ? { until: formatDateTime(new Date(until), locale) } : undefined;
  return translate(locale, errorMessageKeys[error.code], params);
}
