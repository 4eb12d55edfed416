'use client';
/** Adding someone from the region's directory to the team; searching by name, kana or facility. */
import { useMutation } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { MemberDoc } from '@/lib/schemas/care-team';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useTRPC } from '@/app/_lib/trpc';
import type { Directory } from '@/app/patient/_lib/use-directory';
import { matchesSearch } from '@/app/patients/_lib/search-text';
import { describeTeamError } from './team-error';

const maxResults = 20;

export function AddMember({
  patient,
  team,
  directory,
  online,
}: {
  patient: PatientDoc;
  team: MemberDoc[];
  directory: Directory;
  online: boolean;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { syncNow } = useOffline();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(trpc.patients.addMember.mutationOptions());

  const results = useMemo(() => {
    if (!query.trim()) return [];
    const onTeam = new Set(team.map((member) => member.userId));
    return [...directory.values()]
      .filter((entry) => !onTeam.has(entry.id) && matchesSearch(query, [entry.displayName, entry.displayNameKana, entry.facilityName]))
      .slice(0, maxResults);
  }, [directory, team, query]);

  const addPerson = (userId: string, name: string) => {
    setAdded(null);
    add.mutate(
      { patientId: patient.id, userId, role: 'member' },
      {
        onSuccess: () => {
          setAdded(name);
          void syncNow().catch(() => undefined);
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">{t('team.addTitle')}</h2>
      <div className="field">
        <label htmlFor={searchId}>{t('team.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            add.reset();
          }}
          autoComplete="off"
          enterKeyHint="search"
        />
        <p className="hint">{directory.size === 0 ? t('team.directoryEmpty') : t('team.searchHint')}</p>
      </div>
      <div role="status" aria-live="polite">
        {added && <p className="alert alert-info">{t('team.added', { name: added })}</p>}
      </div>
      {add.error && (
        <p className="alert alert-error" role="alert">
          {describeTeamError(add.error, locale)}
        </p>
      )}
      {query.trim() && results.length === 0 && <p className="hint">{t('team.noResults')}</p>}
      {results.length > 0 && (
        <ul className="member-list" aria-label={t('team.results')}>
          {results.map((entry) => (
            <li key={entry.id} className="member-row">
              <div>
                <div className="member-name">
                  {entry.displayName}{' '}
                  <span className="hint" lang="ja">
                    {entry.displayNameKana}
                  </span>
                </div>
                <div className="hint">
                  {t(`profession.${entry.profession}`)} · {entry.facilityName}
                </div>
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={t('team.addNamed', { name: entry.displayName })}
                disabled={!online || add.isPending}
                onClick={() => addPerson(entry.id, entry.displayName)}
              >
                {t('team.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
