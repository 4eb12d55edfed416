'use client';
/** Always visible: offline or not, how many changes wait to be sent, when we last synced; Send now. */
import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { usePendingCount, useRefusedCount } from '@/app/_lib/offline/use-pending-count';
import { useOnline, useServerUnreached } from '@/app/_lib/use-online';
import { formatTime } from '@/lib/i18n/format';
import { useAwaitsApproval } from './signed-in-layout';

export function SyncStatus() {
  const { t, locale } = useI18n();
  const online = useOnline();
  const unreached = useServerUnreached();
  const pending = usePendingCount();
  const refused = useRefusedCount();
  const { lastSyncedAt, syncing, syncNow, outdated } = useOffline();
  const [failed, setFailed] = useState(false);
  // A device awaiting approval is refused every pull: it says so rather than syncing for ever.
  const waitingApproval = useAwaitsApproval();

  const summary = !online
    ? t('sync.offline', { count: pending })
    : pending > 0
      ? t('sync.pending', { count: pending })
      : lastSyncedAt
        ? t('sync.synced')
        : waitingApproval
          ? t('sync.waitingApproval')
          : t('sync.syncing');
  return (
    <div className="sync-status" data-state={!online ? 'offline' : pending > 0 ? 'pending' : 'synced'}>
      <div role="status" aria-live="polite">
        <span className="sync-summary">{summary}</span>
        {unreached && <span className="sync-last"> · {t('sync.unreached')}</span>}
        {lastSyncedAt && <span className="sync-last"> · {t('sync.lastSynced', { time: formatTime(lastSyncedAt, locale) })}</span>}
        {refused > 0 && <span className="sync-last sync-refused"> · {t('sync.refused', { count: refused })}</span>}
        {outdated && <span className="sync-last"> · {t('error.CLIENT_OUTDATED')}</span>}
        {failed && online && <span className="sync-last"> · {t('error.network')}</span>}
      </div>
      {pending > 0 && (
        <Link href="/sync" className="sync-link">
          {t('sync.viewPending')}
        </Link>
      )}
      <button
        type="button"
        className="button button-small"
        disabled={!online || syncing || waitingApproval}
        onClick={() => {
          setFailed(false);
          syncNow().catch(() => setFailed(true));
        }}
      >
        {syncing && !waitingApproval ? t('sync.sending') : t('sync.sendNow')}
      </button>
    </div>
  );
}
