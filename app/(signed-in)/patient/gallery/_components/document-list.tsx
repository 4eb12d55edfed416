'use client';
/** The patient's documents (PDF, Word, Excel…), newest first: downloadable once on the server. */
import { attachmentUrl } from '@/lib/schemas/attachment';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import type { ShownAttachment } from '@/app/(signed-in)/patient/_lib/use-attachments';
import { useDirectory } from '@/app/_lib/offline/directory';

export function DocumentList({ documents }: { documents: ShownAttachment[] }) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  return (
    <section className="stack" aria-labelledby="gallery-documents">
      <h2 id="gallery-documents">{t('photos.documents', { count: documents.length })}</h2>
      <ul className="document-list">
        {documents.map((document) => (
          <li key={document.id} className="document-row">
            <div>
              <p className="document-name">{document.fileName}</p>
              <p className="hint">
                <time dateTime={new Date(document.createdAt).toISOString()}>{formatDateTime(document.createdAt, locale)}</time>
                {' · '}
                {directory.get(document.uploadedBy)?.displayName ?? t('person.unknown')}
              </p>
            </div>
            {document.source === 'server' ? (
              <a
                className="button button-small"
                href={attachmentUrl(document.id, 'document')}
                aria-label={t('attachment.download', { name: document.fileName })}
              >
                {t('photos.download')}
              </a>
            ) : (
              <span className="badge badge-pending">{t('post.notSent')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
