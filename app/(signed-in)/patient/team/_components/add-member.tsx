'use client';
/** Adding someone from the region's directory to the team; searching by name, kana or facility. */
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { MemberDoc } from '@/lib/schemas/care-team';
import type { PatientDoc } from '@/lib/schemas/patient';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { NameWithKana } from '@/app/_components/name-with-kana';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useTRPC } from '@/app/_lib/trpc';
import { useDirectory } from '@/app/_lib/offline/directory';
import { matchesSearch } from '@/app/(signed-in)/patients/_lib/search-text';
import { describeTeamError } from './team-error';

const maxResults = 20;

export function AddMember({ patient, team, online }: { patient: PatientDoc; team: MemberDoc[]; online: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { syncNow } = useOffline();
  const directory = useDirectory();
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
      <FormField
        label={t('team.search')}
        hint={directory.size === 0 ? t('team.directoryEmpty') : t('team.searchHint')}
        type="search"
        value={query}
        onChange={(value) => {
          setQuery(value);
          add.reset();
        }}
        autoComplete="off"
        enterKeyHint="search"
      />
      <div role="status" aria-live="polite">
        {added && <p className="alert alert-info">{t('team.added', { name: added })}</p>}
      </div>
      <ErrorAlert>{add.error && describeTeamError(add.error, locale)}</ErrorAlert>
      {query.trim() && results.length === 0 && <p className="hint">{t('team.noResults')}</p>}
      {results.length > 0 && (
        <ul className="member-list" aria-label={t('team.results')}>
          {results.map((entry) => (
            <li key={entry.id} className="member-row">
              <div>
                <div className="member-name">
                  <NameWithKana name={entry.displayName} kana={entry.displayNameKana} />
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
