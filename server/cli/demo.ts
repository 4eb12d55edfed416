/**
 * `npm run demo`, its first step (server/cli/demo.mjs runs it): builds the app if the build is
 * missing or older than the sources, and replaces the demo database in RENRAKU_DATA_DIR with a
 * freshly seeded one, photos included. It refuses to touch a database that is not a demo database.
 * The launcher then serves it with the compiled server, in a process that never loaded TypeScript.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli';

const root = process.cwd();
const sourceDirs = ['app', 'lib', 'server', 'public', 'drizzle'];
const ignored = new Set(['sw.js', 'node_modules']);

function newestSourceMtime(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (ignored.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of sourceDirs) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of ['package.json', 'next.config.ts']) newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
  return newest;
}

function buildIfNeeded(): void {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const fresh =
    fs.existsSync(buildId) && fs.existsSync(path.join(root, 'public', 'sw.js')) && fs.statSync(buildId).mtimeMs >= newestSourceMtime();
  if (fresh || process.argv.includes('--no-build')) return;
  console.log('Building the app (first run, or the sources changed)…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}

await runCli(async () => {
  buildIfNeeded();
  const { env } = await import('@/server/env');
  const { databasePath, openDatabase } = await import('@/server/db/client');
  const { findDatabaseMode } = await import('@/server/db/meta');
  const file = databasePath(env.dataDir);
  if (fs.existsSync(file)) {
    const existing = openDatabase(file);
    const mode = findDatabaseMode(existing);
    existing.$client.close();
    if (mode !== 'demo') {
      throw new Error(`${file} is not a demo database; the demo will not replace it. Set RENRAKU_DATA_DIR to another folder.`);
    }
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  }
  const { getDb } = await import('@/server/db/client');
  const { seedDemoWorld } = await import('@/server/demo/seed-demo');
  const { appContentStore } = await import('@/server/services/files/app-content-store');
  const started = Date.now();
  const { media } = await seedDemoWorld(
    { db: getDb(), store: appContentStore() },
    { extraPosts: env.demoExtraPosts, failuresToLock: env.loginThrottle.maxFailuresPerLoginId },
  );
  console.log('Demo database created. Sign in as demo-nurse, demo-doctor, … with the password renraku-demo-1234.');
  await media;
  console.log(`Demo photos and documents uploaded (${Date.now() - started} ms after seeding began).`);
  getDb().$client.close();
});
