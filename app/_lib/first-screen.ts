/**
 * The moment the app start's first screen has painted what it came for (a timeline's posts, the
 * patient list). The sync's start-up work — RxDB walking what changed since its last push, the
 * first pulls — waits for it (lib/offline/device-session.ts), so that it does not queue in front
 * of the screen's own reads in IndexedDB, which runs one origin's requests in turn.
 */
import { useLayoutEffect } from 'react';

let notePainted: () => void = () => undefined;
const painted = new Promise<void>((resolve) => {
  notePainted = resolve;
});

/** Resolves after the frame that showed the first screen's content (never, on a screen that has none). */
export function whenFirstScreenPainted(): Promise<void> {
  return painted;
}

/** Called by a screen once its content is on the page: the next frame paints it. */
export function useFirstScreenContent(): void {
  useLayoutEffect(() => {
    // A message posted from the frame callback runs once that frame has been produced.
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => notePainted();
      channel.port2.postMessage(null);
    });
    return () => cancelAnimationFrame(frame);
  }, []);
}
