/**
 * The moment the app start's first screen has painted what it came for (a timeline's posts, the
 * patient list). The sync's start-up work — RxDB walking what changed since its last push, the
 * first pulls — waits for it (lib/offline/device-session.ts), so that it does not queue in front
 * of the screen's own reads in IndexedDB, which runs one origin's requests in turn.
 */
import { createContext, createElement, useContext, useLayoutEffect, type ReactNode } from 'react';
import { dropEarlyScreen } from './early-screen/early-screen';
import { markOnce } from './perf-mark';

let notePainted: () => void = () => undefined;
const painted = new Promise<void>((resolve) => {
  notePainted = resolve;
});

/** Resolves after the frame that showed the first screen's content (never, on a screen that has none). */
export function whenFirstScreenPainted(): Promise<void> {
  return painted;
}

const Beside = createContext(false);

/**
 * Content shown beside a page's own screen (a desk's list beside a timeline): it is not the first
 * screen, however soon it paints — the sync's start-up waits for the timeline, not for the list.
 */
export function BesideFirstScreen({ children }: { children: ReactNode }) {
  return createElement(Beside.Provider, { value: true }, children);
}

/** Whether this content is shown beside the page's first screen. */
export function useBesideFirstScreen(): boolean {
  return useContext(Beside);
}

/** Called by a screen once its content is on the page: the next frame paints it. */
export function useFirstScreenContent(): void {
  const beside = useContext(Beside);
  useLayoutEffect(() => {
    if (beside) return;
    // The page's first script's picture of this screen goes in the same task as the screen's own
    // content comes (nothing in between sees both), to be painted over in the same frame.
    dropEarlyScreen();
    // A message posted from the frame callback runs once that frame has been produced.
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        markOnce('first-screen');
        notePainted();
      };
      channel.port2.postMessage(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [beside]);
}

/**
 * Rendered with a screen's final word when it has no content of its own to show (a timeline with no
 * posts yet, a patient not on this device): that word is its first screen.
 */
export function FirstScreenShown(): null {
  useFirstScreenContent();
  return null;
}

/** The longest the database's opening waits for a kept copy's first screen (a busy tablet paints it in ~100 ms). */
const copyWaitMs = 400;
let copyComing: Promise<void> | null = null;
let copyNotComing: () => void = () => undefined;

/**
 * Said (in an effect, before the signed-in layout's own effects run) by a screen that will paint a
 * kept copy of its content before the database opens: the opening then waits for that paint, so
 * that RxDB's start does not hold the main thread and WebCrypto while the copy is read and drawn.
 * Returns what to call if the copy turns out unreadable after all.
 */
export function noteCopyComing(): () => void {
  copyComing ??= new Promise<void>((resolve) => {
    copyNotComing = resolve;
    void painted.then(resolve);
  });
  return copyNotComing;
}

/** Resolves when the database may open: at once, or once a kept copy has painted (at most 400 ms). */
export function whenCopyPainted(): Promise<void> {
  if (!copyComing) return Promise.resolve();
  return Promise.race([copyComing, new Promise<void>((resolve) => setTimeout(resolve, copyWaitMs))]);
}
