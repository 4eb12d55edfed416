'use client';
/**
 * The composer's draft for one patient, kept in the device's outbox database as it changes: on
 * Android the camera app often pushes the page out of memory, and the reload must bring back the
 * text, the category and the photos already chosen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import { discardDraft, saveDraft, settlePostedDraft } from '@/lib/offline/mutators';
import type { ComposerDraft } from '@/lib/offline/outbox-records';
import { useOffline } from '@/app/_lib/offline/offline-provider';

export type DraftFields = Pick<ComposerDraft, 'category' | 'body' | 'isPrivate' | 'recipients'>;

const emptyDraft = (): DraftFields & { postId: string } => ({
  postId: crypto.randomUUID(),
  category: 'message' as PostCategory,
  body: '',
  isPrivate: false,
  recipients: [],
});
const saveAfterMs = 300;

export function useComposerDraft(patientId: string) {
  const { outbox, writer } = useOffline();
  const [draft, setDraft] = useState<DraftFields & { postId: string }>(emptyDraft);
  const timer = useRef<number | undefined>(undefined);
  const unsaved = useRef<(() => void) | null>(null);
  /** The user has typed or chosen something since the screen opened. */
  const touched = useRef(false);

  useEffect(() => {
    if (!outbox || !writer) return;
    let cancelled = false;
    const read = async () => {
      const saved = await outbox.drafts.get(patientId);
      // Posted, but the page went before the draft was cleared: it is done, the composer starts anew.
      return saved && (await settlePostedDraft(writer, saved)) ? undefined : saved;
    };
    void read().then(
      (saved) => {
        if (cancelled) return;
        // Typing that began before the saved draft was read wins; the draft's id is kept either way,
        // so photos already chosen for it stay with the post.
        if (saved && touched.current) setDraft((current) => ({ ...current, postId: saved.postId }));
        else if (saved)
          setDraft({
            postId: saved.postId,
            category: saved.category,
            body: saved.body,
            isPrivate: saved.isPrivate,
            recipients: saved.recipients,
          });
      },
      // No saved draft can be read: the composer starts empty.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [outbox, writer, patientId]);

  const save = useCallback(
    (next: DraftFields & { postId: string }) => {
      window.clearTimeout(timer.current);
      const write = () => {
        unsaved.current = null;
        if (writer) void saveDraft(writer, { ...next, patientId, updatedAt: Date.now() }).catch(() => undefined);
      };
      unsaved.current = write;
      timer.current = window.setTimeout(write, saveAfterMs);
    },
    [writer, patientId],
  );

  const update = useCallback(
    (fields: Partial<DraftFields>) => {
      touched.current = true;
      setDraft((current) => {
        const next = { ...current, ...fields };
        save(next);
        return next;
      });
    },
    [save],
  );

  /** After posting: a fresh draft (new post id), and the old one forgotten. */
  const reset = useCallback(async () => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    if (writer) await discardDraft(writer, patientId).catch(() => undefined);
    setDraft(emptyDraft());
  }, [writer, patientId]);

  /** Saves at once (before the page may be left for the camera). */
  const saveNow = useCallback(async () => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    if (writer) await saveDraft(writer, { ...draft, patientId, updatedAt: Date.now() }).catch(() => undefined);
  }, [writer, draft, patientId]);

  // Leaving the screen writes what is still waiting for its timer.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      unsaved.current?.();
    },
    [],
  );
  return { draft, update, reset, saveNow };
}
