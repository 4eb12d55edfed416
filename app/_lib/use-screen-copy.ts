'use client';
/**
 * A screen's kept first screen (lib/offline/screen-copies.ts), for its component: read as the
 * screen opens (the database's opening waits for its paint), shown until the live content is
 * there, and saved again a moment after the live content settles (or at once, should the page be
 * put away before), whenever it differs.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScreenCopies } from '@/lib/offline/screen-copies';
import type { DirectoryEntry } from '@/lib/schemas/directory';
import { pictureIdOf, takePicture, type ScreenPath, type ScreenPicture } from './early-screen/early-screen';
import { noteCopyComing } from './first-screen';
import type { Directory } from './offline/directory';
import { useOffline } from './offline/offline-provider';
import { markOnce } from './perf-mark';
import { isSignOutPending, isSigningOutHere } from './sign-out-state';

/** How long live content stays unchanged before it is kept (a sync's burst of changes saves once). */
const saveAfterMs = 1_500;

export interface KeptScreen<T> {
  /** The kept copy of this screen, until the live content has been shown. */
  shown: T | null;
  /** The live content is here: the copy is not shown again on this screen. */
  retire: () => void;
}

interface CopyReader<T> {
  has(id: string): boolean;
  read(id: string): Promise<T | null>;
}

/** The copy kept under `id` (null: none to read); `mark` names its `renraku:*` performance mark. */
export function useKeptScreen<T>(copies: CopyReader<T>, id: string | null, mark: string): KeptScreen<T> {
  const [state, setState] = useState<{ id: string; copy: T | null; retired: boolean } | null>(null);
  useEffect(() => {
    if (!id) return;
    let current = true;
    // The database's opening waits for this copy's paint (this effect runs before the layout's).
    const notComing = copies.has(id) ? noteCopyComing() : null;
    void copies.read(id).then(
      (copy) => {
        if (copy) markOnce(mark);
        else notComing?.();
        if (current) setState((was) => (was?.id === id ? was : { id, copy, retired: false }));
      },
      () => notComing?.(),
    );
    return () => {
      current = false;
    };
  }, [copies, id, mark]);
  const retire = useCallback(
    () => id && setState((was) => (was?.id === id && was.retired ? was : { id, copy: null, retired: true })),
    [id],
  );
  const shown = state?.id === id && !state.retired ? state.copy : null;
  return useMemo(() => ({ shown, retire }), [shown, retire]);
}

/** How a screen's picture is taken for the page's first script (app/_lib/early-screen). */
export interface PictureOptions<T> {
  /**
   * The page whose screen this is: a list kept beside a timeline on a wide screen keeps its copy
   * there too, but the picture of that page is the timeline's.
   */
  path: ScreenPath;
  /** The patients the screen shows (a stable function): the picture goes with any of them. */
  patientIdsOf: (value: T) => string[];
  scroll: ScreenPicture['scroll'];
}

/**
 * Keeps what `content` makes, `saveAfterMs` after it last changed or as the page is put away, if it
 * differs from what was kept (null: nothing to keep now) — and, with it, a picture of the screen as
 * it is on display.
 */
export function useKeepScreen<T>(content: (() => T) | null, save: (value: T) => Promise<unknown>, picture: PictureOptions<T>): void {
  const { screenPictures } = useOffline();
  const kept = useRef<string | null>(null);
  const { path, patientIdsOf, scroll } = picture;
  useEffect(() => {
    if (!content) return;
    const keep = () => {
      stop();
      // A sign-out wipes what is kept: nothing is kept again while it runs.
      if (isSigningOutHere() || isSignOutPending()) return;
      const value = content();
      const text = JSON.stringify(value);
      if (text === kept.current) return;
      kept.current = text;
      void save(value).catch(() => undefined);
      if (location.pathname !== path) return;
      const id = pictureIdOf(location);
      const taken = takePicture(scroll);
      // A screen too large to picture: an older picture would show an older screen.
      if (taken) void screenPictures.save(id, patientIdsOf(value), taken, Date.now()).catch(() => undefined);
      else screenPictures.forget(id);
    };
    // A page put away (another app, a reload, a tablet's sleep) keeps what it shows at once: the
    // system may end it before the wait is over, and its next start would show an older screen.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    const timer = window.setTimeout(keep, saveAfterMs);
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onHidden);
    function stop() {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onHidden);
    }
    return stop;
  }, [content, save, screenPictures, path, patientIdsOf, scroll]);
}

/**
 * Keeps a screen of one copy (What's new, the patient list) under `id`, as useKeepScreen does;
 * `patientIdsOf` (a stable function) names the patients it shows, for the copy to go with any of them.
 */
export function useKeepScreenCopy<T>(
  copies: ScreenCopies<unknown>,
  id: string,
  content: (() => T) | null,
  patientIdsOf: (copy: T) => string[],
  path: ScreenPath,
): void {
  const save = useCallback((copy: T) => copies.save(id, patientIdsOf(copy), copy, Date.now()), [copies, id, patientIdsOf]);
  useKeepScreen(content, save, { path, patientIdsOf, scroll: 'top' });
}

/** The directory entries of these people, for a copy to name them before the directory is read. */
export function peopleIn(ids: Iterable<string>, directory: Directory): DirectoryEntry[] {
  return [...new Set(ids)].flatMap((id) => directory.get(id) ?? []);
}
