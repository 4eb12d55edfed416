'use client';
/** A team member as the timeline names them: name, then profession and facility. */
import { useI18n } from '@/app/_lib/i18n';
import { useDirectory } from '@/app/_lib/offline/directory';

export function PersonName({ userId, detail = true }: { userId: string; detail?: boolean }) {
  const { t } = useI18n();
  const directory = useDirectory();
  const entry = directory.get(userId);
  if (!entry) return <span className="person-name">{t('person.unknown')}</span>;
  return (
    <span className="person">
      <span className="person-name">{entry.displayName}</span>
      {detail && (
        <span className="person-detail">
          {' '}
          {t(`profession.${entry.profession}`)} · {entry.facilityName}
        </span>
      )}
    </span>
  );
}

/** Names only, for lists inside a sentence ("To: 青木 誠, 佐々木 由美"). */
export function useNamesOf(): (userIds: readonly string[]) => string {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  return (userIds) => userIds.map((id) => directory.get(id)?.displayName ?? t('person.unknown')).join(locale === 'ja' ? '、' : ', ');
}
