'use client';
/** 未送信の一覧: what this device still has to send, so nobody wonders whether a note was lost. */
import { useI18n } from '@/app/_lib/i18n';
import { useOnline } from '@/app/_lib/use-online';
import { PendingLists } from './pending-lists';
import { usePendingItems } from './use-pending-items';
import { BackLink } from '@/app/_components/back-link';

export function PendingScreen() {
  return <PendingOverview />;
}

function PendingOverview() {
  const { t } = useI18n();
  const online = useOnline();
  const items = usePendingItems();
  const total = items
    ? items.posts.length +
      items.comments.length +
      items.forms.length +
      items.observations.length +
      items.receipts.length +
      items.files.length +
      items.keptChanges.length
    : 0;
  return (
    <div className="stack">
      <BackLink href="/patients">{t('nav.backToPatients')}</BackLink>
      <h1>{t('pending.title')}</h1>
      <p className="hint">{online ? t('pending.leadOnline') : t('pending.leadOffline')}</p>
      {items === undefined ? (
        <p className="hint" role="status">
          {t('common.loading')}
        </p>
      ) : total === 0 ? (
        <p className="alert alert-info" role="status">
          {t('pending.none')}
        </p>
      ) : (
        <PendingLists items={items} />
      )}
    </div>
  );
}
