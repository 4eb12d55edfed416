/** The sentence for a failed team change, naming the policy's reason when the server gave one. */
import type { MessageKey } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/locales';
import { translateLoaded } from '@/lib/i18n/load-catalogue';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';

const reasonKeys: Record<string, MessageKey> = {
  consentRequired: 'team.error.consentRequired',
  otherRegion: 'team.error.otherRegion',
  inactive: 'team.error.inactive',
  notOwner: 'team.error.notOwner',
  archived: 'team.error.archived',
  lastOwner: 'team.error.lastOwner',
};

export function describeTeamError(error: unknown, locale: Locale): string {
  const clientError = clientErrorOf(error);
  if (clientError.code !== 'NETWORK') {
    const reason = clientError.details?.reason;
    const key = typeof reason === 'string' ? reasonKeys[reason] : undefined;
    if (key) return translateLoaded(locale, key);
  }
  return describeError(clientError, locale);
}
