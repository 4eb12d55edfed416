'use client';
/** The hits of a search: each names its patient, kind, author and date, shows the matched words marked, and opens the post. */
import Link from 'next/link';
import { useMemo } from 'react';
import { map } from 'rxjs';
import { formatDateTime } from '@/lib/i18n/format';
import type { SearchAnswer, SearchHit } from '@/lib/search/search-entry';
import { highlightMatches } from '@/lib/search/highlight-matches';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { PersonName } from '@/app/(signed-in)/patient/_components/person-name';

/** Where a hit opens: its post in the timeline, or a form not (yet) posted on its own screen. */
export function hitHref(hit: Pick<SearchHit, 'patientId' | 'postId' | 'formId'>): string {
  if (hit.postId) return `/patient?${new URLSearchParams({ id: hit.patientId, post: hit.postId })}`;
  return `/patient/form?${new URLSearchParams({ id: hit.patientId, form: hit.formId ?? '' })}`;
}

function usePatientNames(wanted: boolean): ReadonlyMap<string, string> {
  const { db } = useOffline();
  const names = useRx(
    () =>
      db && wanted ? db.patients.find().$.pipe(map((patients) => new Map(patients.map((patient) => [patient.id, patient.name])))) : null,
    [db, wanted],
  );
  return names ?? new Map<string, string>();
}

export function SearchHits({
  answer,
  showPatient,
  onOpen,
}: {
  answer: SearchAnswer & { query: string };
  showPatient: boolean;
  onOpen?: () => void;
}) {
  const { t, locale } = useI18n();
  const patientNames = usePatientNames(showPatient);
  const pieces = useMemo(() => new Map(answer.hits.map((hit) => [hit.id, highlightMatches(hit.text, answer.query)])), [answer]);
  return (
    <ol
      className="search-hits"
      aria-label={t('search.results', { query: answer.query })}
      data-search-query={answer.query}
      data-search-total={answer.total}
    >
      {answer.hits.map((hit) => (
        <li key={hit.id}>
          <Link href={hitHref(hit)} className="search-hit" onClick={onOpen}>
            <span className="search-hit-head">
              {showPatient && <span className="search-hit-patient">{patientNames.get(hit.patientId) ?? ''}</span>}
              <span className="badge search-hit-kind">{t(`search.kind.${hit.kind}`)}</span>
              <PersonName userId={hit.authorId} detail={false} />
              <time dateTime={new Date(hit.at).toISOString()}>{formatDateTime(hit.at, locale)}</time>
            </span>
            <span className="search-hit-text">
              {(pieces.get(hit.id) ?? []).map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
