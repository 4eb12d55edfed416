'use client';
/**
 * The composer's draft for one patient, kept in the device's outbox database as it changes: on
 * Android the camera app often pushes the page out of memory, and the reload must bring back the
 * text, the category and the photos already chosen.
 *
 * The composer shows (from the device's kept copy) before the device's database has opened, and a
 * nurse may type or choose a photo then. Nothing is written until the saved draft has been read,
 * so that what was typed joins it (and its photos) instead of replacing it; then it is saved at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import { discardDraft, saveDraft, settlePostedDraft, type Writer } from '@/lib/offline/mutators';
import type { ComposerDraft } from '@/lib/offline/outbox-records';
import { useOffline } from '@/app/_lib/offline/offline-provider';

export type DraftFields = Pick<ComposerDraft, 'category' | 'body' | 'isPrivate' | 'recipients'>;
type Draft = DraftFields & { postId: string };

const emptyDraft = (): Draft => ({
  postId: crypto.randomUUID(),
  category: 'message' as PostCategory,
  body: '',
  isPrivate: false,
  recipients: [],
});
const saveAfterMs = 300;

const pick = ({ postId, category, body, isPrivate, recipients }: Draft): Draft => ({ postId, category, body, isPrivate, recipients });

/**
 * The saved draft with what was typed before it could be read: the fields the user changed win,
 * and text typed then is added after the saved text rather than replacing it. The saved draft's
 * post id is kept, so the photos already chosen for it stay with the post.
 */
export function joinDraft(saved: Draft, typed: Draft, changed: ReadonlySet<keyof DraftFields>): Draft {
  const joined = pick(saved);
  if (changed.has('category')) joined.category = typed.category;
  if (changed.has('isPrivate')) joined.isPrivate = typed.isPrivate;
  if (changed.has('recipients')) joined.recipients = typed.recipients;
  if (changed.has('body') && typed.body.trim()) joined.body = saved.body.trim() ? `${saved.body}\n${typed.body}` : typed.body;
  return joined;
}

/** Settles once the saved draft has been read (and what was typed before joined to it). */
interface Settled {
  reading: boolean;
  promise: Promise<void>;
  resolve: () => void;
}

function unsettled(): Settled {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { reading: false, promise, resolve };
}

export function useComposerDraft(patientId: string) {
  const { outbox, writer } = useOffline();
  const [draft, setDraftState] = useState<Draft>(emptyDraft);
  /** The draft as last set, for writes that run after the render that asked for them. */
  const latest = useRef(draft);
  const writerRef = useRef<Writer | null>(writer);
  writerRef.current = writer;
  const timer = useRef<number | undefined>(undefined);
  const unsaved = useRef<(() => void) | null>(null);
  /** The fields the user has changed since the screen opened. */
  const changed = useRef(new Set<keyof DraftFields>());
  // One per screen: the timeline is mounted anew for each patient.
  const [settled] = useState(unsettled);
  /** The saved draft has been read: what the composer shows is what Post would post. */
  const [ready, setReady] = useState(false);

  const setDraft = useCallback((next: Draft) => {
    latest.current = next;
    setDraftState(next);
  }, []);

  /** Writes the latest draft, once the saved one has been read. Returns the draft's post id. */
  const write = useCallback(async (): Promise<string> => {
    await settled.promise;
    const current = writerRef.current;
    if (current) await saveDraft(current, { ...latest.current, patientId, updatedAt: Date.now() }).catch(() => undefined);
    return latest.current.postId;
  }, [patientId, settled]);

  useEffect(() => {
    if (!outbox || !writer || settled.reading) return;
    // Read once per patient, to the end even if the screen is left meanwhile: the write that leaving
    // asks for waits for it, and must keep the saved draft's post id.
    settled.reading = true;
    const read = async () => {
      const saved = await outbox.drafts.get(patientId);
      // Posted, but the page went before the draft was cleared: it is done, the composer starts anew.
      return saved && (await settlePostedDraft(writer, saved)) ? undefined : saved;
    };
    void read()
      // No saved draft can be read: the composer starts from what was typed.
      .catch(() => undefined)
      .then(async (saved) => {
        const typed = changed.current.size > 0;
        if (saved) setDraft(typed ? joinDraft(saved, latest.current, changed.current) : pick(saved));
        settled.resolve();
        setReady(true);
        if (typed) {
          window.clearTimeout(timer.current);
          unsaved.current = null;
          await write();
        }
      });
  }, [outbox, writer, patientId, settled, setDraft, write]);

  const update = useCallback(
    (fields: Partial<DraftFields>) => {
      for (const field of Object.keys(fields) as Array<keyof DraftFields>) changed.current.add(field);
      setDraft({ ...latest.current, ...fields });
      window.clearTimeout(timer.current);
      const later = () => {
        unsaved.current = null;
        void write();
      };
      unsaved.current = later;
      timer.current = window.setTimeout(later, saveAfterMs);
    },
    [setDraft, write],
  );

  /** After posting: a fresh draft (new post id), and the old one forgotten. */
  const reset = useCallback(async () => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    changed.current.clear();
    if (writerRef.current) await discardDraft(writerRef.current, patientId).catch(() => undefined);
    setDraft(emptyDraft());
  }, [patientId, setDraft]);

  /**
   * Saves at once (before the page may be left for the camera), once the saved draft has been read,
   * and gives the post id that files chosen now belong to.
   */
  const saveNow = useCallback(async (): Promise<string> => {
    window.clearTimeout(timer.current);
    unsaved.current = null;
    return write();
  }, [write]);

  // Leaving the screen writes what is still waiting for its timer.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      unsaved.current?.();
    },
    [],
  );
  return { draft, ready, update, reset, saveNow };
}
