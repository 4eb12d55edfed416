'use client';
/** The unsent posts, comments, forms, readings, files and read marks, each with its patient and when it was written. */
import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import { isAppErrorCode } from '@/lib/errors/app-error';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { refusalKey } from '@/lib/offline/outbox-records';
import { CategoryChip } from '@/app/(signed-in)/patient/_components/category-chip';
import { PendingForms, PendingObservations } from './pending-documents';
import { RefusedNotice } from './refused-notice';
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
                <RefusedNotice refusal={items.refusals.get(refusalKey('posts', post.id))} text={post.body} />
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
                <RefusedNotice refusal={items.refusals.get(refusalKey('comments', comment.id))} text={comment.body} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.forms.length > 0 && <PendingForms items={items} nameOf={nameOf} />}
      {items.observations.length > 0 && <PendingObservations items={items} nameOf={nameOf} />}
      {items.keptChanges.length > 0 && (
        <section className="card" aria-labelledby="pending-kept">
          <h2 id="pending-kept">{t('pending.notAccepted', { count: items.keptChanges.length })}</h2>
          <p className="hint">{t('pending.notAcceptedLead')}</p>
          <ul className="pending-list">
            {items.keptChanges.map((refusal) => (
              <li key={refusal.key}>
                <div className="pending-head">
                  <Link href={`/patient?id=${refusal.written?.patientId ?? ''}`}>{nameOf(refusal.written?.patientId ?? '')}</Link>
                  {refusal.written?.retractReason != null && <span className="badge">{t('pending.retraction')}</span>}
                  <span className="hint">{formatDateTime(refusal.at, locale)}</span>
                </div>
                <p className="pending-excerpt">{excerpt(refusal.written?.body ?? '')}</p>
                <RefusedNotice
                  refusal={refusal}
                  text={[refusal.written?.body, refusal.written?.retractReason].filter(Boolean).join('\n\n')}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {items.files.length > 0 && <PendingFiles items={items} nameOf={nameOf} />}
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

function PendingFiles({ items, nameOf }: { items: PendingItems; nameOf: (patientId: string) => string }) {
  const { t, locale } = useI18n();
  const { sender } = useOffline();
  return (
    <section className="card" aria-labelledby="pending-files">
      <h2 id="pending-files">
        {t('attachment.pendingTitle')} ({items.files.length})
      </h2>
      <ul className="pending-list">
        {items.files.map((file) => {
          const code = file.errorCode;
          const reason = code
            ? describeError(code === 'NETWORK' ? { code } : { code: isAppErrorCode(code) ? code : 'INTERNAL' }, locale)
            : null;
          return (
            <li key={file.id}>
              <div className="pending-head">
                <Link href={`/patient?id=${file.patientId}`}>{nameOf(file.patientId)}</Link>
                <span className="badge">{t(`attachment.kind.${file.kind}`)}</span>
                <span className="hint">{formatDateTime(file.createdAt, locale)}</span>
              </div>
              <p className="pending-excerpt">
                {file.fileName} · {Math.max(1, Math.round(file.size / 1024)).toLocaleString(locale)} KB ·{' '}
                {file.state === 'failed' && reason
                  ? t('attachment.failed', { reason })
                  : reason
                    ? `${t('attachment.waiting')} (${reason})`
                    : t('attachment.waiting')}
              </p>
              {file.state === 'failed' && (
                <button type="button" className="button button-small" onClick={() => void sender?.retry(file.id)}>
                  {t('attachment.retry')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
