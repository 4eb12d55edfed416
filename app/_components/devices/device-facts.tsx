'use client';
/** What both lists show of a device: its status, platform, and when it was first and last seen. */
import type { DeviceSummary } from '@/lib/schemas/device';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';

const statusBadge = { pending: 'badge badge-pending', approved: 'badge', revoked: 'badge badge-failure' } as const;

export function DeviceFacts({ device }: { device: DeviceSummary }) {
  const { t, locale } = useI18n();
  const platform = [device.os, device.browser].filter(Boolean).join(' · ');
  return (
    <>
      <div>
        <span className={statusBadge[device.status]}>{t(`device.status.${device.status}`)}</span>
        {device.activeSessions > 0 && <span className="hint"> {t('device.sessions', { count: device.activeSessions })}</span>}
        {device.pendingCount > 0 && (
          <span className="badge badge-pending">
            {t('device.pendingWork', {
              count: device.pendingCount,
              time: device.pendingReportedAt ? formatDateTime(device.pendingReportedAt, locale) : '—',
            })}
          </span>
        )}
      </div>
      <div className="hint">
        {platform && <>{platform} · </>}
        {t('device.firstSeen', { time: formatDateTime(device.firstSeenAt, locale) })} ·{' '}
        {device.lastIp
          ? t('device.lastSeenFrom', { time: formatDateTime(device.lastSeenAt, locale), ip: device.lastIp })
          : t('device.lastSeen', { time: formatDateTime(device.lastSeenAt, locale) })}
      </div>
    </>
  );
}
