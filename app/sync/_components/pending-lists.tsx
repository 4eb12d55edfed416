'use client';
/** The unsent posts, comments and read marks, each with its patient and when it was written. */
import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { CategoryChip } from '@/app/patient/_components/category-chip';
import type { PendingItems } from './use-pending-items';

const excerptLength = 80;
const excerpt = (text: string) => (text.length > excerptLength ? `${text.slice(0, excerptLength)}…` : text);

export function PendingLists({ items }: { items: PendingItems }) {
  const { t, locale } = useI18n();
  const nameOf = (patientId: string) => items.patientNames.get(patientId) ?? t('pending.unknownPatient');
  const receiptsByPatient = new Map<string, number>();
  for (const receipt of items.receipts) receiptsByPatient.set(receipt.patientId, (receiptsByPatient.get(receipt.patientId) ?? 0) + 1);
  return (
    <>
      {items.posts.length > 0 && (
        <section className="card" aria-labelledby="pending-posts">
          <h2 id="pending-posts">{t('pending.posts', { count: items.posts.length })}</h2>
          <ul className="pending-list">
            {items.posts.map((post) => (
              <li key={post.id}>
                <div className="pending-head">
                  <Link href={`/patient?id=${post.patientId}`}>{nameOf(post.patientId)}</Link>
                  <CategoryChip category={post.category} />
                  {post.retractedAt !== null && <span className="badge">{t('pending.retraction')}</span>}
                  <span className="hint">{formatDateTime(post.clientCreatedAt, locale)}</span>
                </div>
                <p className="pending-excerpt">{excerpt(post.body)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.comments.length > 0 && (
        <section className="card" aria-labelledby="pending-comments">
          <h2 id="pending-comments">{t('pending.comments', { count: items.comments.length })}</h2>
          <ul className="pending-list">
            {items.comments.map((comment) => (
              <li key={comment.id}>
                <div className="pending-head">
                  <Link href={`/patient?id=${comment.patientId}`}>{nameOf(comment.patientId)}</Link>
                  <span className="hint">{formatDateTime(comment.clientCreatedAt, locale)}</span>
                </div>
                <p className="pending-excerpt">{excerpt(comment.body)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {receiptsByPatient.size > 0 && (
        <section className="card" aria-labelledby="pending-receipts">
          <h2 id="pending-receipts">{t('pending.receipts', { count: items.receipts.length })}</h2>
          <ul className="pending-list">
            {[...receiptsByPatient].map(([patientId, count]) => (
              <li key={patientId} className="pending-head">
                <Link href={`/patient?id=${patientId}`}>{nameOf(patientId)}</Link>
                <span className="hint">{t('pending.receiptsOf', { count })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
