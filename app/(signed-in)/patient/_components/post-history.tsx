'use client';
/** 編集履歴: a post's earlier versions, kept forever, shown on demand. */
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import type { Post } from '../_lib/use-timeline';
import { CategoryChip } from './category-chip';
import { useNamesOf } from './person-name';

export function PostHistory({ post }: { post: Post }) {
  const { t, locale } = useI18n();
  const namesOf = useNamesOf();
  const summary = post.editedAt
    ? t('post.edited', { time: formatDateTime(post.editedAt, locale), name: namesOf([post.editedBy ?? post.authorId]) })
    : t('post.editedUnknown');
  if (post.history.length === 0) return <p className="post-edited">{summary}</p>;
  return (
    <details className="post-edited">
      <summary>
        {summary} · {t('post.historyCount', { count: post.history.length })}
      </summary>
      <ol className="post-versions">
        {[...post.history].reverse().map((version) => (
          <li key={version.revision}>
            <p className="hint">
              {t('post.version', {
                revision: version.revision,
                time: formatDateTime(version.editedAt, locale),
                name: namesOf([version.editedBy]),
              })}{' '}
              <CategoryChip category={version.category} />
            </p>
            <p className="post-body">{version.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
