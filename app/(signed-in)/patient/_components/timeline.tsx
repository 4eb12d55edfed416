'use client';
/** A patient's timeline: oldest at the top, newest by the composer; earlier posts load on request. */
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import type { MemberDoc } from '@/lib/schemas/care-team';
import type { PatientDoc } from '@/lib/schemas/patient';
import { FirstScreenShown } from '@/app/_lib/first-screen';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useDirectory } from '@/app/_lib/offline/directory';
import { RecordSearch } from '@/app/_components/record-search/record-search';
import { useListKeys } from '@/app/_lib/use-list-keys';
import { useReadMarker } from '../_lib/use-read-marker';
import { useFoundPost, useShowFound } from '../_lib/use-found-post';
import { groupByPost, usePatientAttachments } from '../_lib/use-attachments';
import { useFormsByPost } from '../_lib/use-forms';
import { byPost, usePatientObservations } from '../_lib/use-observations';
import { useCommentsOf, useReceiptsOf, useTimelinePosts } from '../_lib/use-timeline';
import { useTimelineScroll } from '../_lib/use-timeline-scroll';
import { useKeepTimelineCopy, type TimelineCopyState } from '../_lib/use-timeline-copy';
import { CategoryFilter } from './category-select';
import { Composer } from './composer';
import { TimelineDays } from './timeline-days';

/** Enough for a few weeks of a busy team, few enough that a tablet stays smooth. */
const pageSize = 60;
const noIds: string[] = [];
const notTracked = () => undefined;
const readingLeadMs = 7 * 86_400_000;

/**
 * True from the frame after `ready` first painted: the posts show at once, their comments and
 * read receipts (a lookup per post) follow a moment later instead of holding the first paint.
 */
function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

interface TimelineProps {
  patient: PatientDoc;
  team: MemberDoc[];
  /** The kept first screen, shown (read-only) until the live posts are here. */
  copy: TimelineCopyState;
}

export function Timeline({ patient, team, copy }: TimelineProps) {
  const { t } = useI18n();
  const { me } = useOffline();
  const [category, setCategory] = useState<PostCategory | null>(null);
  const [limit, setLimit] = useState(pageSize);
  const found = useFoundPost(patient.id);
  // A post opened from a search shows whatever the filter was.
  const [filteredFor, setFilteredFor] = useState(found.postId);
  if (filteredFor !== found.postId) {
    setFilteredFor(found.postId);
    setCategory(null);
  }
  const live = useTimelinePosts(patient.id, limit, category, found.at);
  const { retire } = copy;
  useEffect(() => {
    if (live) retire();
  }, [live, retire]);
  // The newest window unfiltered is what the copy holds; a post opened from a search waits for the live one.
  const copied = live === undefined && category === null && found.postId === null ? copy.shown : null;
  const page = useMemo(() => live ?? (copied ? { posts: copied.posts, hasEarlier: copied.hasEarlier } : undefined), [live, copied]);
  const posts = useMemo(() => page?.posts ?? [], [page]);
  const postIds = useMemo(() => posts.map((post) => post.id), [posts]);
  const detailsShown = useAfterFirstPaint(live !== undefined);
  const comments = useCommentsOf(detailsShown ? postIds : noIds);
  const receipts = useReceiptsOf(detailsShown ? postIds : noIds);
  // A post's files carry its time: those of the shown posts are the ones from the first post on.
  const shownAttachments = usePatientAttachments(patient.id, page === undefined ? null : (posts[0]?.clientCreatedAt ?? 0));
  const attachments = useMemo(() => groupByPost(shownAttachments), [shownAttachments]);
  const forms = useFormsByPost(patient.id);
  // A reading may be posted a while after it was measured: look a week before the first post.
  const shownReadings = usePatientObservations(
    patient.id,
    'vitals',
    page === undefined ? null : Math.max(0, (posts[0]?.clientCreatedAt ?? 0) - readingLeadMs),
  );
  const readings = useMemo(() => byPost(shownReadings), [shownReadings]);
  const trackRead = useReadMarker(patient.id);
  const list = useRef<HTMLDivElement>(null);
  const scroll = useTimelineScroll(list, postIds[0]);
  const showFoundAgain = useShowFound(list, found.postId, postIds, scroll.letGo);
  useListKeys(list, 'article.post');
  const writable = patient.archivedAt === null;
  const directory = useDirectory();
  const keep = live && category === null && found.postId === null && limit === pageSize && team.length > 0;
  useKeepTimelineCopy(
    useMemo(
      () => (keep ? { patient, teamSize: team.length, posts: live.posts, hasEarlier: live.hasEarlier, directory } : null),
      [keep, patient, team.length, live, directory],
    ),
  );

  return (
    <>
      <div className="timeline-toolbar">
        <div className="timeline-search">
          <RecordSearch patientId={patient.id} onOpen={showFoundAgain} />
        </div>
        <CategoryFilter
          value={category}
          onChange={(next) => {
            setCategory(next);
            setLimit(pageSize);
            scroll.followNewest();
          }}
        />
        <Link href={`/patient/print?id=${patient.id}`} className="button">
          {t('timelinePrint.link')}
        </Link>
      </div>
      {/* The copy is for reading at once; acting on a post waits for its live record (a moment). */}
      <div
        ref={list}
        className="timeline"
        aria-busy={live === undefined}
        inert={copied !== null}
        data-from-copy={copied !== null || undefined}
      >
        {page?.hasEarlier && (
          <button
            type="button"
            className="button button-block show-earlier"
            onClick={() => {
              scroll.holdPosition();
              setLimit((current) => current + pageSize);
            }}
          >
            {t('timeline.showEarlier')}
          </button>
        )}
        {page === undefined ? (
          <p className="hint" role="status">
            {t('common.loading')}
          </p>
        ) : posts.length === 0 ? (
          <>
            <p className="alert alert-info">{category ? t('timeline.noneInCategory') : t('timeline.empty')}</p>
            {/* An empty copy may be older than the posts the database holds: only the live answer is final. */}
            {live && <FirstScreenShown />}
          </>
        ) : (
          <TimelineDays
            posts={posts}
            comments={comments}
            receipts={receipts}
            attachments={attachments}
            forms={forms}
            readings={readings}
            meId={me.id}
            writable={writable}
            trackRead={copied ? notTracked : trackRead}
          />
        )}
      </div>
      {writable ? (
        <Composer patientId={patient.id} team={team} onPosted={scroll.followNewest} />
      ) : (
        <p className="alert alert-warning composer-closed">{t('timeline.archived')}</p>
      )}
    </>
  );
}
