'use client';
/**
 * A desk's layout: at 1,200 px and wider a list (the patients, or What's new) stays on the left
 * and the patient's timeline is on the right. Narrower screens (tablets, phones) show one of
 * them, as before: the timeline when there is one, else the list. Links keep their addresses
 * (`/patient?id=…`): which list stays beside the timeline is the page's choice.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { BesideFirstScreen, whenFirstScreenPainted } from '@/app/_lib/first-screen';
import { useI18n } from '@/app/_lib/i18n';
import { useWideScreen } from '@/app/_lib/use-wide-screen';

export function TwoPanes({ side, main, deferSide = false }: { side: ReactNode; main: ReactNode | null; deferSide?: boolean }) {
  const { t } = useI18n();
  const wide = useWideScreen();
  const sideShown = useAfterIdle(deferSide && wide);
  if (!wide) return main ?? side;
  return (
    <div className="two-panes">
      <div className="pane-list">{sideShown ? deferSide ? <BesideFirstScreen>{side}</BesideFirstScreen> : side : null}</div>
      <section className="pane-detail" aria-label={t('whatsNew.paneLabel')}>
        {main ?? <p className="hint pane-empty">{t('whatsNew.paneEmpty')}</p>}
      </section>
    </div>
  );
}

/**
 * The longest the list waits for the page's own screen to paint. Every screen paints something
 * (posts, or its word that there are none or that the patient is not here): this only bounds a
 * screen that never comes (its database stuck), long enough for a busy PC's timeline to come first.
 */
const mainWaitMs = 5_000;

/**
 * False until the page's own screen has painted and the main thread is then idle, when `defer`:
 * the timeline paints before the list beside it, whose reads would otherwise queue in IndexedDB
 * before the timeline's.
 */
function useAfterIdle(defer: boolean): boolean {
  const [idle, setIdle] = useState(!defer);
  useEffect(() => {
    if (idle) return;
    let cancelled = false;
    let cancelWait: () => void = () => undefined;
    const main = new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, mainWaitMs);
      void whenFirstScreenPainted().then(() => {
        window.clearTimeout(timer);
        resolve();
      });
    });
    void main.then(() => {
      if (cancelled) return;
      if (typeof requestIdleCallback !== 'function') {
        const timer = window.setTimeout(() => setIdle(true), 200);
        cancelWait = () => window.clearTimeout(timer);
        return;
      }
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      cancelWait = () => cancelIdleCallback(handle);
    });
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, [idle]);
  return idle || !defer;
}
