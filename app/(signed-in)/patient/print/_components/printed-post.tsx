'use client';
/** One post as it prints: when, what kind, who (profession and facility), the text, readings, thumbnails and comments. */
import { formatDateTime } from '@/lib/i18n/format';
import type { FormDoc } from '@/lib/schemas/form';
import type { ObservationDoc } from '@/lib/schemas/observation';
import { useI18n } from '@/app/_lib/i18n';
import { useDirectory } from '@/app/_lib/offline/directory';
import { useNamesOf } from '../../_components/person-name';
import { isPhoto, useImageSource, type ShownAttachment } from '../../_lib/use-attachments';
import type { Comment, Post } from '../../_lib/use-timeline';
import { useVitalValues } from '../../_lib/vital-values';

interface Props {
  post: Post;
  comments: Comment[];
  attachments: ShownAttachment[];
  form: FormDoc | undefined;
  readings: ObservationDoc[];
}

export function PrintedPost({ post, comments, attachments, form, readings }: Props) {
  const { t, locale } = useI18n();
  const namesOf = useNamesOf();
  const retracted = post.retractedAt !== null;
  const photos = attachments.filter(isPhoto);
  const documents = attachments.filter((attachment) => !isPhoto(attachment));
  return (
    <article className="printed-post" data-post-id={post.id}>
      <p className="printed-post-head">
        {/* The date too: a page may begin in the middle of a day, under no day heading. */}
        <time dateTime={new Date(post.clientCreatedAt).toISOString()}>{formatDateTime(post.clientCreatedAt, locale)}</time>
        <span className="printed-category">{t(`category.${post.category}`)}</span>
        <Author userId={post.authorId} />
        {post.visibility === 'private' && (
          <span className="printed-mark">{t('timelinePrint.privateTo', { names: namesOf(post.recipientIds) })}</span>
        )}
        {retracted && <span className="printed-mark">{t('timelinePrint.retracted')}</span>}
        {!retracted && post.editedAt !== null && <span className="printed-mark">{t('timelinePrint.edited')}</span>}
      </p>
      {form && <p className="printed-form">{t('timelinePrint.form', { name: t(`forms.template.${form.template}`) })}</p>}
      <p className="printed-body">{retracted ? <del>{post.body}</del> : post.body}</p>
      {readings.map((reading) => (
        <Reading key={reading.id} reading={reading} />
      ))}
      {photos.length > 0 && (
        <ul className="printed-thumbs">
          {photos.map((photo) => (
            <li key={photo.id}>
              <PrintedThumbnail photo={photo} />
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="printed-documents">
          {documents.map((document) => (
            <li key={document.id}>📄 {document.fileName}</li>
          ))}
        </ul>
      )}
      {comments.length > 0 && (
        <ul className="printed-comments" aria-label={t('timelinePrint.comments')}>
          {comments.map((comment) => (
            <li key={comment.id}>
              <span className="printed-comment-head">
                <Author userId={comment.authorId} /> {formatDateTime(comment.clientCreatedAt, locale)}
              </span>{' '}
              {comment.retractedAt !== null ? <del>{comment.body}</del> : comment.body}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function Author({ userId }: { userId: string }) {
  const { t } = useI18n();
  const entry = useDirectory().get(userId);
  if (!entry) return <span className="printed-author">{t('person.unknown')}</span>;
  return (
    <span className="printed-author">
      <strong>{entry.displayName}</strong> ({t(`profession.${entry.profession}`)} · {entry.facilityName})
    </span>
  );
}

function Reading({ reading }: { reading: ObservationDoc }) {
  const values = useVitalValues(reading);
  return <p className="printed-reading">{values.map((value) => `${value.label} ${value.text}`).join(' / ')}</p>;
}

function PrintedThumbnail({ photo }: { photo: ShownAttachment }) {
  const { t, locale } = useI18n();
  const source = useImageSource(photo, 'thumb');
  const label = t('attachment.photoAlt', { kind: t(`attachment.kind.${photo.kind}`), date: formatDateTime(photo.createdAt, locale) });
  // Eager: a print is made of what has loaded.
  return source ? <img src={source} alt={label} className="printed-thumb" /> : <span className="printed-thumb">{label}</span>;
}
