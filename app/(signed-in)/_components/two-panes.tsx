'use client';
/**
 * A desk's layout: at 1,200 px and wider a list (the patients, or What's new) stays on the left
 * and the patient's timeline is on the right. Narrower screens (tablets, phones) show one of
 * them, as before: the timeline when there is one, else the list. Links keep their addresses
 * (`/patient?id=…`): which list stays beside the timeline is the page's choice.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { useWideScreen } from '@/app/_lib/use-wide-screen';

export function TwoPanes({ side, main, deferSide = false }: { side: ReactNode; main: ReactNode | null; deferSide?: boolean }) {
  const { t } = useI18n();
  const wide = useWideScreen();
  const sideShown = useAfterIdle(deferSide && wide);
  if (!wide) return main ?? side;
  return (
    <div className="two-panes">
      <div className="pane-list">{sideShown ? side : null}</div>
      <section className="pane-detail" aria-label={t('whatsNew.paneLabel')}>
        {main ?? <p className="hint pane-empty">{t('whatsNew.paneEmpty')}</p>}
      </section>
    </div>
  );
}

/** False until the main thread is first idle when `defer`: the timeline paints before the list beside it. */
function useAfterIdle(defer: boolean): boolean {
  const [idle, setIdle] = useState(!defer);
  useEffect(() => {
    if (idle) return;
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setIdle(true), 200);
      return () => window.clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, [idle]);
  return idle || !defer;
}
