/**
 * The process `npm run demo` (and `npm start`) leaves serving: started with the serving flags, and
 * running on the configuration the build resolved, without compiling next.config.ts (which would
 * load Next's SWC compiler and keep its 23 MB for the process's life). Linux only: it reads /proc.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { serverNodeFlags } from '../../../server/cli/built-server';
import { dataDirOf } from '../support/servers';

function readProc(pid: string, file: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** The Node process serving the main demo server's data folder. */
function mainServerPid(): string {
  const dataDir = dataDirOf('main');
  const found = fs.readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    const command = readProc(pid, 'cmdline').split('\0');
    return (
      command.some((part) => part.endsWith('demo.mjs')) && readProc(pid, 'environ').split('\0').includes(`RENRAKU_DATA_DIR=${dataDir}`)
    );
  });
  expect(found, `processes serving ${dataDir}`).toHaveLength(1);
  return found[0] ?? '';
}

test('the server runs with the serving flags and without compiling its configuration', async ({ request }) => {
  test.skip(process.platform !== 'linux', 'reads /proc');
  // A page and an API answer first, so that anything loaded on demand is loaded.
  expect((await request.get('/signin')).status()).toBe(200);
  expect((await request.get('/api/health')).status()).toBe(200);
  const pid = mainServerPid();
  expect(readProc(pid, 'cmdline').split('\0')).toEqual(expect.arrayContaining([...serverNodeFlags]));
  const maps = readProc(pid, 'maps');
  expect(maps).toContain('better_sqlite3.node');
  expect(maps).not.toMatch(/next-swc|@next\/swc/);
});
