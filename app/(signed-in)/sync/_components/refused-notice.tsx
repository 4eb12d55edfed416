'use client';
import { discardRefused } from '@/lib/offline/mutators';
import type { PushRefusal } from '@/lib/offline/outbox-records';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';

/**
 * A post, comment, form or reading the server would not take: why, the full text to copy, and Discard — the only
 * way anything the user wrote leaves this device unsent, and only by their hand.
 */
export function RefusedNotice({ refusal, text }: { refusal: PushRefusal | undefined; text: string }) {
  const { t } = useI18n();
  const { writer } = useOffline();
  if (!refusal) return null;
  async function discard() {
    if (!refusal || !writer || !window.confirm(t('pending.discardConfirm'))) return;
    await discardRefused(writer, refusal);
  }
  return (
    <div className="alert alert-warning refused" role="alert">
      <p>{t('pending.refused', { reason: t(`pending.refusedReason.${refusal.reason}`) })}</p>
      <details>
        <summary>{t('pending.fullText')}</summary>
        <p className="pending-full-text">{text}</p>
      </details>
      <button type="button" className="button button-small" onClick={() => void discard()}>
        {t('pending.discard')}
      </button>
    </div>
  );
}
