/**
 * Serves the built app from one Node process: validates the configuration, opens and migrates the
 * database, then hands requests to Next. The socket's address is passed on in a header of our own
 * (any incoming copy is overwritten), because Next's route handlers cannot see the socket.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { startScheduledBackups } from '@/server/backup/start-scheduled-backups';
import { forgetEndedSessions } from '@/server/auth/session';
import { getDb } from '@/server/db/client';
import { findDatabaseMode, setDatabaseMode, type DatabaseMode } from '@/server/db/meta';
import { env } from '@/server/env';
import { clientIpHeader } from '@/server/http/request-meta';
import { startMailDelivery } from '@/server/mail/start-mail-delivery';
import { startPushDelivery } from '@/server/push/start-push-delivery';
import { findPortalRegion } from '@/server/services/applications/find-portal-region';
import { appContentStore } from '@/server/services/files/app-content-store';
import { cleanUpFiles } from '@/server/services/files/clean-up-files';

const fileCleanUpEveryMs = 6 * 3_600_000;

/**
 * Orphaned and half-uploaded files, and the reasons of sessions long since expired, go at start and
 * every few hours; a failure is logged, not fatal.
 */
function scheduleFileCleanUp(db: ReturnType<typeof getDb>): NodeJS.Timeout {
  const run = () => {
    try {
      forgetEndedSessions(db, env.session);
    } catch (error) {
      console.error('[sessions] clean-up failed', error);
    }
    void cleanUpFiles({ db, store: appContentStore() }).then(
      (report) =>
        report.removedOrphans + report.removedTemp > 0 &&
        console.log(`[files] removed ${report.removedOrphans} orphaned and ${report.removedTemp} temp files`),
      (error: unknown) => console.error('[files] clean-up failed', error),
    );
  };
  run();
  const timer = setInterval(run, fileCleanUpEveryMs);
  timer.unref();
  return timer;
}

/**
 * A portal address with no region answers 404 from here: the app's pages stream (their shell is
 * rendered before the page), so notFound() inside the portal page cannot change the status any more.
 */
function isUnknownPortal(db: ReturnType<typeof getDb>, req: http.IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const slug = /^\/join\/([^/?#]+)\/?(?:[?#]|$)/.exec(req.url ?? '')?.[1];
  if (!slug) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return true;
  }
  return findPortalRegion(db, decoded) === null;
}

/**
 * Hands Next the configuration `next build` resolved and wrote beside the build
 * (required-server-files.json), as the server Next writes for `output: 'standalone'` does, through
 * the same variable. Otherwise Next compiles next.config.ts at every start, loading its SWC compiler
 * (23 MB resident, kept for the process's life): resident memory after start 147 → 117 MB. Next's
 * `conf` option is no substitute: its router loads the file again regardless. Without a build, or
 * with the variable already set, nothing changes.
 */
function serveBuiltNextConfig(dir: string): void {
  const variable = '__NEXT_PRIVATE_STANDALONE_CONFIG';
  if (process.env[variable]) return;
  try {
    const written = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8')) as { config?: unknown };
    if (written.config) process.env[variable] = JSON.stringify(written.config);
  } catch {
    // No build yet: Next reads next.config.ts and reports the missing build itself.
  }
}

export async function serve(mode: DatabaseMode): Promise<http.Server> {
  const db = getDb();
  const found = findDatabaseMode(db);
  if (mode === 'production' && found === 'demo') {
    throw new Error(
      `${env.dataDir} holds a demo database. Serve it with \`npm run demo\`, or point RENRAKU_DATA_DIR at another folder for production.`,
    );
  }
  if (!found) setDatabaseMode(db, mode);

  const dir = process.cwd();
  serveBuiltNextConfig(dir);
  const app = next({ dev: false, dir, hostname: env.host, port: env.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    req.headers[clientIpHeader] = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    if (isUnknownPortal(db, req)) void app.render404(req, res);
    else void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(env.port, env.host, resolve));
  console.log(`Renraku (${mode}) is serving ${env.baseUrl.origin} — listening on ${env.host}:${env.port}, data in ${env.dataDir}`);

  const cleanUpTimer = scheduleFileCleanUp(db);
  // Without RENRAKU_SMTP_URL mail stays in the outbox (the region administrator's mail outbox page).
  const stopMail = await startMailDelivery(db);
  if (stopMail) console.log('[mail] delivering the outbox by SMTP');
  // The VAPID keys are generated here on first start (or read from the environment).
  const stopPush = startPushDelivery(db);
  // Without RENRAKU_BACKUP_DIR there are no scheduled backups (`npm run admin -- backup` still works).
  const stopBackups = startScheduledBackups(db);
  if (stopBackups)
    console.log(`[backup] into ${env.backup.dir}, every ${+(env.backup.everyMs / 3_600_000).toFixed(2)} h, keeping ${env.backup.keep}`);
  const stop = () => {
    clearInterval(cleanUpTimer);
    stopMail?.();
    stopPush();
    stopBackups?.();
    server.close(() => {
      db.$client.close();
      process.exit(0);
    });
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
