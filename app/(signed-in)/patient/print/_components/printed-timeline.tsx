'use client';
/**
 * The printed timeline: a table whose head — the patient, the dates, who printed it — the browser
 * repeats at the top of every printed page, and one row per post, grouped by day.
 */
import { useMemo } from 'react';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import type { PatientDoc } from '@/lib/schemas/patient';
import { japanDate } from '@/lib/time/japan-time';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { PatientSummary } from '../../_components/patient-summary';
import { groupByDay } from '../../_lib/day-key';
import { groupByPost, usePatientAttachments } from '../../_lib/use-attachments';
import { useFormsByPost } from '../../_lib/use-forms';
import { byPost, usePatientObservations } from '../../_lib/use-observations';
import { useCommentsOf } from '../../_lib/use-timeline';
import type { PrintRange } from '../_lib/print-range';
import { usePrintedPosts } from '../_lib/use-printed-posts';
import { PrintedPost } from './printed-post';

const readingLeadMs = 7 * 86_400_000;
const none: never[] = [];

interface Props {
  patient: PatientDoc;
  range: PrintRange;
  bounds: { since: number; until: number };
}

export function PrintedTimeline({ patient, range, bounds }: Props) {
  const { t, locale } = useI18n();
  const { me } = useOffline();
  const posts = usePrintedPosts(patient.id, bounds);
  const postIds = useMemo(() => (posts ?? []).map((post) => post.id), [posts]);
  const comments = useCommentsOf(postIds);
  const attachments = groupByPost(usePatientAttachments(patient.id, bounds.since));
  const forms = useFormsByPost(patient.id);
  const readings = byPost(usePatientObservations(patient.id, 'vitals', Math.max(0, bounds.since - readingLeadMs)));
  const day = (value: string) => formatDate(japanDate(value, '12:00:00'), locale);
  return (
    <table className="timeline-print print-alone" aria-busy={posts === undefined}>
      <thead>
        <tr>
          <th className="timeline-print-head">
            <span className="timeline-print-patient">
              <strong className="timeline-print-name">{patient.name}</strong> <span lang="ja">{patient.nameKana}</span> ·{' '}
              <PatientSummary patient={patient} /> · {t('patient.born', { date: day(patient.birthDate) })}
            </span>
            <span className="timeline-print-range">
              {t('timelinePrint.title', { from: day(range.from), to: day(range.to) })} ·{' '}
              {t('timelinePrint.printedBy', { name: me.displayName, time: formatDateTime(Date.now(), locale) })}
            </span>
          </th>
        </tr>
      </thead>
      <tbody>
        {posts === undefined ? (
          <tr>
            <td role="status">{t('timelinePrint.loading')}</td>
          </tr>
        ) : posts.length === 0 ? (
          <tr>
            <td>{t('timelinePrint.empty')}</td>
          </tr>
        ) : (
          groupByDay(posts, (post) => post.clientCreatedAt).flatMap(({ day: key, items }) => [
            <tr key={key} className="timeline-print-day">
              <th scope="rowgroup">{formatDate(items[0]?.clientCreatedAt ?? 0, locale)}</th>
            </tr>,
            ...items.map((post) => (
              <tr key={post.id}>
                <td>
                  <PrintedPost
                    post={post}
                    comments={comments.get(post.id) ?? none}
                    attachments={attachments.get(post.id) ?? none}
                    form={forms.get(post.id)}
                    readings={readings.get(post.id) ?? none}
                  />
                </td>
              </tr>
            )),
          ])
        )}
      </tbody>
    </table>
  );
}
