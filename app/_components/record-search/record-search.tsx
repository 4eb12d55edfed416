'use client';
/**
 * 記録の検索: a search box over the records on this device — all of the user's patients on the
 * patient list, one patient in a timeline — with the hits below it, newest first.
 */
import { useId, useState } from 'react';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useRecordSearch } from '@/app/_lib/search/use-record-search';
import { useKeptState } from '@/app/_lib/use-kept-state';
import { SearchHits } from './search-hits';

/**
 * `onOpen`: called when a hit is opened from a timeline's box (which then empties, out of the way).
 * `keep`: the query outlives the box (the patient list's, remounted beside the timeline a hit opens).
 */
export function RecordSearch({
  patientId = null,
  onOpen,
  keep = false,
}: {
  patientId?: string | null;
  onOpen?: () => void;
  keep?: boolean;
}) {
  const { t } = useI18n();
  const [keptQuery, keepQuery] = useKeptState('search.allPatients', '');
  const [ownQuery, setOwnQuery] = useState('');
  const [query, setQuery] = keep ? [keptQuery, keepQuery] : [ownQuery, setOwnQuery];
  // A kept query searches again at once; otherwise the index is built when the box is first focused.
  const [wanted, setWanted] = useState(() => keep && keptQuery.trim() !== '');
  const { ready, answer } = useRecordSearch(query, patientId, wanted);
  const statusId = useId();
  const typed = query.trim();
  return (
    // The id: the offline page links to My patients' search box.
    <section id="record-search" className="record-search" aria-label={t('search.region')}>
      <FormField
        label={patientId ? t('search.labelPatient') : t('search.labelAll')}
        hint={t('search.hint')}
        type="search"
        value={query}
        onChange={setQuery}
        autoComplete="off"
        enterKeyHint="search"
        describedBy={statusId}
        onFocus={() => setWanted(true)}
      />
      <p className="hint search-status" id={statusId} role="status" aria-live="polite">
        {typed && !ready
          ? t('search.preparing')
          : answer && answer.total === 0
            ? t('search.none', { query: answer.query })
            : answer && answer.total > answer.hits.length
              ? t('search.countOf', { total: answer.total, count: answer.hits.length })
              : answer
                ? t('search.count', { count: answer.total })
                : ''}
      </p>
      {answer && answer.hits.length > 0 && (
        <SearchHits
          answer={answer}
          showPatient={patientId === null}
          onOpen={
            patientId
              ? () => {
                  setQuery('');
                  onOpen?.();
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
