'use client';
/**
 * Photos and files chosen for the post being written: taken with the camera or picked from the
 * library, made ready on the device (upright, downsized, metadata dropped) and kept in the
 * outbox as part of the draft, each with its kind.
 */
import { addDraftFile, removeDraftFile, setDraftFileKind, type Writer } from '@/lib/offline/mutators';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import type { PrepareRefusal } from '@/lib/files/prepare-file';
import type { OutboxFile } from '@/lib/offline/outbox-records';
import { defaultPhotoKind, photoKinds, type AttachmentKind, type PhotoKind } from '@/lib/schemas/attachment';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useLive } from '@/app/_lib/offline/use-live';
import { useObjectUrl } from '../_lib/use-attachments';

const documentTypes =
  '.pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useDraftFiles(postId: string): OutboxFile[] {
  const { outbox } = useOffline();
  return (
    useLive(
      outbox
        ? () =>
            // Read by the index, chosen here: the sealed outbox hands out no values through a cursor.
            outbox.files
              .where('postId')
              .equals(postId)
              .sortBy('createdAt')
              .then((files) => files.filter((file) => file.state === 'draft'))
        : null,
      [outbox, postId],
    ) ?? []
  );
}

interface Props {
  patientId: string;
  postId: string;
  category: PostCategory;
  files: OutboxFile[];
  /**
   * Called before a file is added, so the draft that holds it is saved; gives the draft's post id
   * then (it can change from `postId` when the saved draft is read after the file was chosen).
   */
  beforeAdd: () => Promise<string>;
  /** How many chosen files are still being prepared: the composer holds Post back until none are. */
  preparing: number;
  onPreparing: (change: 1 | -1) => void;
  /** The id of the preparation status, for the Post button to point at. */
  statusId: string;
}

export function ComposerFiles({ patientId, postId, category, files, beforeAdd, preparing, onPreparing, statusId }: Props) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const ids = { photo: useId(), camera: useId(), file: useId() };
  const [refusals, setRefusals] = useState<Array<{ name: string; code: PrepareRefusal }>>([]);

  /** Files chosen before the device's database opened, to prepare once it has. */
  const waiting = useRef<Array<{ chosen: File[]; as: 'photo' | 'document' }>>([]);

  function add(event: ChangeEvent<HTMLInputElement>, as: 'photo' | 'document') {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0) return;
    // Counted at once, before any await: a Post tapped meanwhile must already wait for them.
    for (const _ of chosen) onPreparing(1);
    setRefusals([]);
    // The timeline and its composer show from the device's kept copy before its database has
    // opened: a photo chosen then waits for it (shown as being prepared) instead of being dropped.
    if (writer) void prepare(writer, chosen, as);
    else waiting.current.push({ chosen, as });
  }

  useEffect(() => {
    if (!writer) return;
    const chosenBefore = waiting.current.splice(0);
    for (const { chosen, as } of chosenBefore) void prepare(writer, chosen, as);
    // `prepare` is this render's: the draft's post id comes from `beforeAdd`, the category is current enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [writer]);

  async function prepare(writer: Writer, chosen: File[], as: 'photo' | 'document') {
    let draftId = postId;
    try {
      draftId = await beforeAdd();
    } catch {
      // The draft is saved again with the first file.
    }
    for (const file of chosen) {
      try {
        // Decoding, downsizing and hashing are fetched with the first file chosen, not with the timeline.
        const { prepareDocument, preparePhoto } = await import('@/lib/files/prepare-file');
        const prepared = as === 'photo' ? await preparePhoto(file) : await prepareDocument(file);
        if ('refused' in prepared) {
          setRefusals((list) => [...list, { name: file.name, code: prepared.refused }]);
          continue;
        }
        const kind: AttachmentKind = as === 'photo' ? defaultPhotoKind(category) : 'document';
        await addDraftFile(writer, {
          id: crypto.randomUUID(),
          postId: draftId,
          patientId,
          kind,
          fileName: prepared.fileName,
          mime: prepared.mime,
          bytes: prepared.bytes,
          thumb: prepared.thumb,
          width: prepared.width,
          height: prepared.height,
          size: prepared.bytes.byteLength,
          sha256: prepared.sha256,
          createdAt: Date.now(),
        });
      } catch {
        setRefusals((list) => [...list, { name: file.name, code: 'UNREADABLE_IMAGE' }]);
      } finally {
        onPreparing(-1);
      }
    }
  }

  return (
    <div className="composer-files">
      <div className="composer-file-buttons">
        <label className="button button-small file-button" htmlFor={ids.photo}>
          {t('attachment.addPhoto')}
        </label>
        <input
          id={ids.photo}
          className="visually-hidden-input"
          type="file"
          accept="image/*"
          multiple
          onChange={(event) => add(event, 'photo')}
        />
        <label className="button button-small file-button" htmlFor={ids.camera}>
          {t('attachment.takePhoto')}
        </label>
        <input
          id={ids.camera}
          className="visually-hidden-input"
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(event) => add(event, 'photo')}
        />
        <label className="button button-small file-button" htmlFor={ids.file}>
          {t('attachment.attachFile')}
        </label>
        <input
          id={ids.file}
          className="visually-hidden-input"
          type="file"
          accept={documentTypes}
          multiple
          onChange={(event) => add(event, 'document')}
        />
      </div>
      <div role="status" aria-live="polite" id={statusId}>
        {preparing > 0 && <p className="hint">{t('attachment.preparing', { count: preparing })}</p>}
      </div>
      {refusals.map((refusal) => (
        <p key={refusal.name} className="field-problem" role="alert">
          {t('attachment.refusedNamed', { name: refusal.name, reason: t(`error.${refusal.code}`) })}
        </p>
      ))}
      {files.length > 0 && (
        <ul className="composer-file-list" aria-label={t('attachment.chosen')}>
          {files.map((file) => (
            <ChosenFile key={file.id} file={file} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ChosenFile({ file }: { file: OutboxFile }) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const kindId = useId();
  const thumb = useObjectUrl(file.thumb, 'image/jpeg');
  return (
    <li className="composer-file">
      {file.kind === 'document' ? (
        <span className="file-icon" aria-hidden="true">
          📄
        </span>
      ) : thumb ? (
        <img
          src={thumb}
          alt={t('attachment.chosenPhoto', { name: file.fileName })}
          width={64}
          height={64}
          className="composer-file-thumb"
        />
      ) : (
        <span className="file-icon" aria-hidden="true">
          🖼
        </span>
      )}
      <span className="composer-file-name">{file.fileName}</span>
      {file.kind !== 'document' && (
        <>
          <label htmlFor={kindId} className="visually-hidden">
            {t('attachment.kind')}
          </label>
          <select
            id={kindId}
            value={file.kind}
            onChange={(event) => writer && void setDraftFileKind(writer, file.id, event.target.value as PhotoKind)}
          >
            {photoKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`attachment.kind.${kind}`)}
              </option>
            ))}
          </select>
        </>
      )}
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => writer && void removeDraftFile(writer, file.id)}
        aria-label={t('attachment.removeNamed', { name: file.fileName })}
      >
        {t('attachment.remove')}
      </button>
    </li>
  );
}
