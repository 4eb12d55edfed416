'use client';
/** 新着 (/whats-new): what I have not read across all my patients, from this device, live. */
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { sharedUnreadPosts, unreadCount, wantEveryUnreadPost } from '@/app/_lib/unread/unread-posts';
import { useListKeys } from '@/app/_lib/use-list-keys';
import { useHeldOrder } from '@/app/_lib/use-steady-order';
import { TwoPanes } from '../../_components/two-panes';
import { DirectoryUntilLoaded, useDirectory } from '@/app/_lib/offline/directory';
import { useFirstScreenContent } from '@/app/_lib/first-screen';
import { arrangeFeed, buildFeed, feedKeys, noFilters, type FeedFilters } from '../_lib/build-feed';
import { useFeedExtras } from '../_lib/use-feed-extras';
import { useKeepWhatsNewCopy, useWhatsNewCopy, type WhatsNewCopy } from '../_lib/use-whats-new-copy';
import { FeedFilterControls } from './feed-filter-controls';
import { FeedGroupCard } from './feed-group-card';

export function WhatsNewScreen() {
  return <TwoPanes side={<WhatsNewFeed />} main={null} />;
}

/** The filters last chosen, kept while the app runs: a post opened beside the list keeps them. */
let keptFilters: FeedFilters = noFilters;

/** Patients shown at first, and added by each "show more": a caseload of 100 paints in steps. */
const groupStep = 20;

export function WhatsNewFeed() {
  const { t } = useI18n();
  const { db, me } = useOffline();
  const unread = useRx(() => (db ? sharedUnreadPosts(db, me.id) : null), [db, me.id]);
  useEffect(wantEveryUnreadPost, []);
  const patients = useRx(() => (db ? db.patients.find().$ : null), [db]);
  const extras = useFeedExtras(unread !== undefined);
  const [filters, setFilters] = useState<FeedFilters>(() => keptFilters);
  const chooseFilters = (next: FeedFilters) => {
    keptFilters = next;
    setFilters(next);
  };
  const [shownGroups, setShownGroups] = useState(groupStep);
  // Beside a timeline (two panes), what is open on the right is marked current on the left.
  const params = useSearchParams();
  const besideTimeline = usePathname() === '/patient';
  const openPatientId = besideTimeline ? params.get('id') : null;
  const openPostId = besideTimeline ? params.get('post') : null;
  const list = useRef<HTMLDivElement>(null);
  useListKeys(list, '[data-feed-item]', { primary: true });

  const posts = useMemo(() => unread?.posts ?? [], [unread]);
  const total = useMemo(() => unreadCount(posts), [posts]);
  const groups = useMemo(() => buildFeed(posts, extras, filters, me.id), [posts, extras, filters, me.id]);
  // News re-sorts the feed: not while a hand is on it (a tap would be lost, or land on another post).
  const steady = useHeldOrder(groups, feedKeys, arrangeFeed);
  const patientById = useMemo(() => new Map((patients ?? []).map((patient) => [patient.id, patient])), [patients]);
  const unreadOf = useMemo(() => {
    const byPatient = new Map<string, string[]>();
    for (const post of posts) byPatient.set(post.patientId, [...(byPatient.get(post.patientId) ?? []), post.id]);
    return byPatient;
  }, [posts]);
  // Until the database answers, the feed as this device last showed it, read-only.
  const copy = useWhatsNewCopy();
  const { retire } = copy;
  useEffect(() => {
    if (unread) retire();
  }, [unread, retire]);
  const copied = unread === undefined && filters === noFilters ? copy.shown : null;
  const directory = useDirectory();
  const keep = unread?.complete === true && filters === noFilters && patients !== undefined;
  useKeepWhatsNewCopy(
    useMemo(
      () =>
        keep ? { groups, nameOf: (id: string) => patientById.get(id)?.name ?? null, total, patients: unreadOf.size, directory } : null,
      [keep, groups, patientById, total, unreadOf, directory],
    ),
    groupStep,
  );

  return (
    <div className="stack whats-new">
      <div>
        <h1>{t('whatsNew.title')}</h1>
        <p className="hint">{t('whatsNew.intro')}</p>
        <p className="hint keyboard-hint">{t('whatsNew.keyboardHint')}</p>
      </div>
      <FeedFilterControls value={filters} onChange={chooseFilters} />
      <p className="hint" role="status" aria-live="polite" data-unread-total={unread?.complete ? total : undefined}>
        {copied
          ? t('whatsNew.summary', { count: copied.total, patients: copied.patients })
          : unread === undefined
            ? t('common.loading')
            : unread.complete
              ? t('whatsNew.summary', { count: total, patients: unreadOf.size })
              : t('whatsNew.checking')}
      </p>
      {/* The copy is for reading at once; opening or marking an item waits for the live feed (a moment). */}
      <div
        ref={list}
        className="feed"
        aria-busy={copied !== null || undefined}
        inert={copied !== null}
        data-from-copy={copied !== null || undefined}
        {...steady.props}
      >
        {copied && <CopiedFeed copy={copied} />}
        {unread !== undefined && groups.length === 0 && (unread.complete || posts.length > 0) && (
          <p className="alert alert-info">{posts.length === 0 ? t('whatsNew.none') : t('whatsNew.noneFiltered')}</p>
        )}
        {steady.shown.slice(0, shownGroups).map((group) => (
          <FeedGroupCard
            key={group.patientId}
            group={group}
            patient={patientById.get(group.patientId) ?? null}
            unreadPostIds={unreadOf.get(group.patientId) ?? []}
            openPostId={group.patientId === openPatientId ? openPostId : null}
            patientOpen={group.patientId === openPatientId}
          />
        ))}
        {groups.length > shownGroups && (
          <button type="button" className="button" onClick={() => setShownGroups((current) => current + groupStep)}>
            {t('whatsNew.showMorePatients', { count: Math.min(groupStep, groups.length - shownGroups) })}
          </button>
        )}
      </div>
    </div>
  );
}

/** The kept copy's groups (app/(signed-in)/whats-new/_lib/use-whats-new-copy.ts), as the live feed shows them. */
function CopiedFeed({ copy }: { copy: WhatsNewCopy }) {
  useFirstScreenContent();
  return (
    <DirectoryUntilLoaded people={copy.people}>
      {copy.groups.map((group) => (
        <FeedGroupCard
          key={group.patientId}
          group={group}
          patient={group.patientName === null ? null : { name: group.patientName }}
          unreadPostIds={[]}
          openPostId={null}
          patientOpen={false}
          count={group.count}
        />
      ))}
    </DirectoryUntilLoaded>
  );
}
