'use client';
/**
 * A post's photos (thumbnails that open the viewer) and documents (downloads), each with its
 * upload state while it is still on this device: waiting, sending n %, or not sent and why.
 */
import { useState } from 'react';
import { isAppErrorCode } from '@/lib/errors/app-error';
import { attachmentUrl } from '@/lib/schemas/attachment';
import { formatDateTime } from '@/lib/i18n/format';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import { isPhoto, useImageSource, type ShownAttachment } from '../_lib/use-attachments';
import type { Comment, Post } from '../_lib/use-timeline';
import { LazyPhotoViewer } from './lazy-photo-viewer';
import { PostComments } from './post-comments';

interface Props {
  attachments: ShownAttachment[];
  /** The post and its comments: the viewer shows the conversation beside the photos. */
  post: Post;
  comments: Comment[];
  writable: boolean;
}

export function PostAttachments({ attachments, post, comments, writable }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const photos = attachments.filter(isPhoto);
  const documents = attachments.filter((attachment) => !isPhoto(attachment));
  if (attachments.length === 0) return null;
  return (
    <div className="post-attachments" aria-label={t('attachment.list')} role="group">
      {photos.length > 0 && (
        <ul className="thumb-list">
          {photos.map((photo) => (
            <li key={photo.id}>
              <Thumbnail photo={photo} onOpen={() => setOpen(photo.id)} />
              <UploadState attachment={photo} />
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id}>
              {document.source === 'server' ? (
                <a
                  href={attachmentUrl(document.id, 'document')}
                  download={document.fileName}
                  className="document-link"
                  aria-label={t('attachment.download', { name: document.fileName })}
                >
                  📄 {document.fileName}
                </a>
              ) : (
                <span className="document-link">📄 {document.fileName}</span>
              )}
              <UploadState attachment={document} />
            </li>
          ))}
        </ul>
      )}
      {open && (
        <LazyPhotoViewer
          attachments={photos}
          startId={open}
          onClose={() => setOpen(null)}
          canScore={writable}
          discussion={{
            count: comments.length,
            content: <PhotoDiscussion post={post} comments={comments} writable={writable && post.retractedAt === null} />,
          }}
        />
      )}
    </div>
  );
}

function Thumbnail({ photo, onOpen }: { photo: ShownAttachment; onOpen: () => void }) {
  const { t, locale } = useI18n();
  const source = useImageSource(photo, 'thumb');
  const [broken, setBroken] = useState(false);
  const label = t('attachment.photoAlt', { kind: t(`attachment.kind.${photo.kind}`), date: formatDateTime(photo.createdAt, locale) });
  return (
    <button type="button" className="thumb-button" onClick={onOpen} aria-label={t('attachment.open', { name: label })}>
      {source && !broken ? (
        <img src={source} alt={label} className="thumb" loading="lazy" decoding="async" onError={() => setBroken(true)} />
      ) : (
        <span className="thumb thumb-placeholder">{t(`attachment.kind.${photo.kind}`)}</span>
      )}
    </button>
  );
}

function UploadState({ attachment }: { attachment: ShownAttachment }) {
  const { t, locale } = useI18n();
  const { sender } = useOffline();
  const progress = useRx(() => sender?.progress$ ?? null, [sender]);
  if (attachment.source === 'server') return null;
  const sending = progress?.get(attachment.id);
  if (sending !== undefined) {
    return (
      <span className="badge badge-pending upload-state" role="status">
        {t('attachment.uploading', { percent: Math.round(sending * 100) })}
        <progress value={sending} max={1} aria-hidden="true" />
      </span>
    );
  }
  if (attachment.state === 'failed') {
    const code = attachment.errorCode;
    const reason = describeError(code === 'NETWORK' ? { code } : { code: isAppErrorCode(code) ? code : 'INTERNAL' }, locale);
    return (
      <span className="upload-state upload-failed" role="alert">
        {t('attachment.failed', { reason })}{' '}
        <button type="button" className="button button-small" onClick={() => void sender?.retry(attachment.id)}>
          {t('attachment.retry')}
        </button>
      </span>
    );
  }
  return <span className="badge badge-pending upload-state">{t('attachment.waiting')}</span>;
}

/** The post's comments inside the viewer, and the same "Comment" box as on the timeline. */
function PhotoDiscussion({ post, comments, writable }: { post: Post; comments: Comment[]; writable: boolean }) {
  const { t } = useI18n();
  const [composing, setComposing] = useState(false);
  return (
    <>
      <PostComments post={post} comments={comments} composing={composing} onComposed={() => setComposing(false)} />
      {writable && !composing && (
        <button type="button" className="button button-small" onClick={() => setComposing(true)}>
          {t('comment.add')}
        </button>
      )}
    </>
  );
}
