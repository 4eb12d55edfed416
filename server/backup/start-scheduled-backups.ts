/**
 * Runs the scheduled backup inside the server process when RENRAKU_BACKUP_DIR is set. Every minute
 * (or every period, when shorter) it asks whether the newest complete backup is older than
 * RENRAKU_BACKUP_EVERY, so a restart does not take an extra backup and a server that was down
 * takes one soon after it starts. One backup at a time; a failure is logged and tried again after
 * a pause, and never stops the server.
 */
import 'server-only';
import type { Db } from '@/server/db/client';
import { env } from '@/server/env';
import type { ContentStore } from '@/server/files/content-store';
import { appContentStore } from '@/server/services/files/app-content-store';
import { takeBackupIfDue, type ScheduleConfig, type TakenBackup } from './scheduled-backups';

const checkEveryMs = 60_000;
const retryAfterFailureMs = 10 * 60_000;
/** Pages (4 KiB) per step of the database copy: the server answers requests between steps. */
const pagesPerStep = 1024;

function summaryOf(taken: TakenBackup, ms: number): string {
  const megabytes = (taken.manifest.files.bytes / 1024 / 1024).toFixed(1);
  const removed = taken.removed.length > 0 ? `; removed ${taken.removed.join(', ')}` : '';
  return `[backup] ${taken.backup.path}: ${taken.manifest.files.count} files (${megabytes} MB) in ${(ms / 1000).toFixed(1)} s${removed}`;
}

export function startScheduledBackups(
  db: Db,
  store: ContentStore = appContentStore(),
  config: Omit<ScheduleConfig, 'dir'> & { dir: string | null } = env.backup,
): (() => void) | null {
  const { dir } = config;
  if (!dir) return null;
  let running = false;
  let failedAt = Number.NEGATIVE_INFINITY;
  const tick = () => {
    if (running || Date.now() - failedAt < Math.min(config.everyMs, retryAfterFailureMs)) return;
    running = true;
    const started = Date.now();
    void takeBackupIfDue({ db, store, pagesPerStep }, { ...config, dir })
      .then(
        (taken) => taken && console.log(summaryOf(taken, Date.now() - started)),
        (error: unknown) => {
          failedAt = Date.now();
          console.error(`[backup] failed; the older backups in ${dir} are kept`, error);
        },
      )
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, Math.min(config.everyMs, checkEveryMs));
  timer.unref();
  return () => clearInterval(timer);
}
