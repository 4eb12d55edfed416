'use client';
/** 担当患者: the patients on this device, what is unread in each, and a search by name or kana. */
import Link from 'next/link';
import { useEffect, useMemo, useRef } from 'react';
import { FormField } from '@/app/_components/form-field';
import { useBesideFirstScreen } from '@/app/_lib/first-screen';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useAwaitsApproval } from '@/app/_components/signed-in-layout';
import { useRx } from '@/app/_lib/offline/use-rx';
import { RecordSearch } from '@/app/_components/record-search/record-search';
import { wantEveryUnreadPost } from '@/app/_lib/unread/unread-posts';
import { useKeptState } from '@/app/_lib/use-kept-state';
import { useListKeys } from '@/app/_lib/use-list-keys';
import { useSteadyOrder } from '@/app/_lib/use-steady-order';
import { TwoPanes } from '../../_components/two-panes';
import { matchesSearch } from '../_lib/search-text';
import { usePatientActivity } from '../_lib/use-patient-activity';
import { useKeepPatientsCopy, usePatientsCopy, type ListedPatient } from '../_lib/use-patients-copy';
import { PatientList } from './patient-list';

const patientKey = (patient: ListedPatient) => patient.id;

export function PatientsScreen() {
  return <TwoPanes side={<PatientsOverview />} main={null} />;
}

export function PatientsOverview() {
  const { t } = useI18n();
  const { db, lastSyncedAt } = useOffline();
  const waitingApproval = useAwaitsApproval();
  const livePatients = useRx(() => (db ? db.patients.find().$ : null), [db]);
  const liveActivity = usePatientActivity();
  // The kept list shows (its links work) until the live patients and their activity are here.
  const copy = usePatientsCopy();
  const { retire } = copy;
  const isLive = livePatients !== undefined && liveActivity !== undefined;
  useEffect(() => {
    if (isLive) retire();
  }, [isLive, retire]);
  const copied = isLive ? null : copy.shown;
  const copiedActivity = useMemo(() => (copied ? new Map(copied.activity) : undefined), [copied]);
  const patients: ListedPatient[] | undefined = copied ? copied.patients : livePatients;
  const activity = copied ? copiedActivity : liveActivity?.byPatient;
  useKeepPatientsCopy(
    useMemo(
      () => (livePatients && liveActivity?.complete ? { patients: livePatients, activity: liveActivity.byPatient } : null),
      [livePatients, liveActivity],
    ),
  );
  // The list's own page wants its unread counts now (the header's comes with them); beside a
  // timeline, they come in the background once it has painted (app/_lib/unread/unread-posts.ts).
  const beside = useBesideFirstScreen();
  useEffect(() => {
    if (!beside) wantEveryUnreadPost();
  }, [beside]);
  // Kept when a hit or a patient opens beside the list (two panes remount it).
  const [query, setQuery] = useKeptState('patients.nameFilter', '');
  const lists = useRef<HTMLDivElement>(null);
  useListKeys(lists, '.patient-link', { primary: true });

  const sorted = useMemo(() => {
    const lastOf = (id: string) => activity?.get(id)?.lastActivityAt ?? 0;
    return (patients ?? [])
      .filter((patient) => matchesSearch(query, [patient.name, patient.nameKana]))
      .sort((a, b) => lastOf(b.id) - lastOf(a.id) || a.nameKana.localeCompare(b.nameKana, 'ja'));
  }, [patients, activity, query]);
  // A post re-sorts the list: not while a hand is on it (a tap would be lost, or land on another
  // patient). Not held before the order is real: in kana order while a first sync brings the posts.
  const steady = useSteadyOrder(sorted, patientKey, copied !== null || liveActivity?.timesKnown === true);
  const { active, archived } = useMemo(
    () => ({
      active: steady.ordered.filter((patient) => patient.archivedAt === null),
      archived: steady.ordered.filter((patient) => patient.archivedAt !== null),
    }),
    [steady.ordered],
  );

  const total = patients?.length ?? 0;
  return (
    <div className="stack">
      <div className="page-title-row">
        <h1>{t('patients.title')}</h1>
        <Link href="/patients/new" className="button button-primary">
          {t('patients.register')}
        </Link>
      </div>
      <FormField
        label={t('patients.search')}
        hint={t('patients.searchHint')}
        type="search"
        value={query}
        onChange={setQuery}
        autoComplete="off"
        enterKeyHint="search"
      />
      <RecordSearch keep />
      {waitingApproval && total === 0 ? (
        <p className="alert alert-info" role="status">
          {t('patients.waitingApproval')}
        </p>
      ) : patients === undefined || (total === 0 && !lastSyncedAt) ? (
        <p className="hint" role="status">
          {t('common.loading')}
        </p>
      ) : total === 0 ? (
        <p className="alert alert-info">{t('patients.none')}</p>
      ) : (
        <div ref={lists} className="stack" aria-busy={copied !== null} data-from-copy={copied !== null || undefined} {...steady.props}>
          <p className="hint" role="status" aria-live="polite">
            {query ? t('patients.matches', { count: active.length + archived.length }) : t('patients.count', { count: active.length })}
          </p>
          {active.length > 0 && <PatientList patients={active} activity={activity} label={t('patients.activeList')} />}
          {archived.length > 0 && (
            <details className="archived-section">
              <summary>{t('patients.archived', { count: archived.length })}</summary>
              <PatientList patients={archived} activity={activity} label={t('patients.archivedList')} />
            </details>
          )}
        </div>
      )}
    </div>
  );
}
