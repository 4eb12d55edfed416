/**
 * Creates accounts the way an operator does, with `npm run admin`, writing into the database of a
 * running demo server (SQLite in WAL mode takes the second writer).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dataDirOf, type ServerName } from './servers';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A login ID no other test, project or retry uses. */
export function uniqueLoginId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface RegionAdmin {
  loginId: string;
  password: string;
  name: string;
}

export function createRegionAdmin(options: { loginId: string; password: string; server?: ServerName }): RegionAdmin {
  const name = '試験 太郎';
  execFileSync(
    'npm',
    [
      'run',
      '--silent',
      'admin',
      '--',
      'create-region-admin',
      '--region',
      `試験市 ${options.loginId}`,
      '--prefecture',
      '東京都',
      '--office',
      '試験市役所',
      '--login-id',
      options.loginId,
      '--name',
      name,
      '--kana',
      'シケン タロウ',
    ],
    {
      cwd: root,
      input: `${options.password}\n`,
      env: { ...process.env, RENRAKU_DATA_DIR: dataDirOf(options.server ?? 'main') },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    },
  );
  return { loginId: options.loginId, password: options.password, name };
}
