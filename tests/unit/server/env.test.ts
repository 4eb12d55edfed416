import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/server/env';

function envErrorOf(source: Record<string, string>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return error as EnvError;
  }
  throw new Error('expected parseEnv to throw');
}

describe('parseEnv defaults', () => {
  const env = parseEnv({});

  it('serves on port 3000 from ./data, resolved to an absolute path', () => {
    expect(env.port).toBe(3000);
    expect(path.isAbsolute(env.dataDir)).toBe(true);
    expect(env.dataDir).toBe(path.resolve('data'));
  });

  it('uses a 12h idle timeout, a 30d lifetime and the sign-in throttle defaults', () => {
    expect(env.session).toEqual({ idleTimeoutMs: 12 * 3_600_000, maxAgeMs: 30 * 86_400_000 });
    expect(env.loginThrottle).toEqual({ windowMs: 15 * 60_000, maxFailuresPerLoginId: 10, maxFailuresPerIp: 100 });
    expect(env.trustProxy).toBe(false);
  });

  it('defaults the base URL to http://localhost:PORT, without secure cookies', () => {
    expect(env.baseUrl.href).toBe('http://localhost:3000/');
    expect(env.secureCookies).toBe(false);
    expect(parseEnv({ PORT: '8080' }).baseUrl.origin).toBe('http://localhost:8080');
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ PORT: '', RENRAKU_SESSION_IDLE_TIMEOUT: '' }).port).toBe(3000);
  });
});

describe('parseEnv values', () => {
  it('turns on secure cookies only for an https base URL', () => {
    expect(parseEnv({ RENRAKU_BASE_URL: 'https://renraku.example.jp' }).secureCookies).toBe(true);
    expect(parseEnv({ RENRAKU_BASE_URL: 'http://renraku.example.jp' }).secureCookies).toBe(false);
  });

  it('reads durations, limits and the proxy switch', () => {
    const env = parseEnv({
      RENRAKU_SESSION_IDLE_TIMEOUT: '30m',
      RENRAKU_SESSION_MAX_AGE: '1d',
      RENRAKU_LOGIN_WINDOW: '5m',
      RENRAKU_LOGIN_MAX_FAILURES_PER_ID: '3',
      RENRAKU_TRUST_PROXY: '1',
      RENRAKU_DATA_DIR: '/var/lib/renraku',
    });
    expect(env.session).toEqual({ idleTimeoutMs: 1_800_000, maxAgeMs: 86_400_000 });
    expect(env.loginThrottle.windowMs).toBe(300_000);
    expect(env.loginThrottle.maxFailuresPerLoginId).toBe(3);
    expect(env.trustProxy).toBe(true);
    expect(env.dataDir).toBe('/var/lib/renraku');
  });

  it('schedules no backup without a folder; with one, every 24h keeping 7 unless told', () => {
    expect(parseEnv({}).backup).toEqual({ dir: null, everyMs: 86_400_000, keep: 7 });
    expect(parseEnv({ RENRAKU_BACKUP_DIR: '/srv/backups', RENRAKU_BACKUP_EVERY: '6h', RENRAKU_BACKUP_KEEP: '28' }).backup).toEqual({
      dir: '/srv/backups',
      everyMs: 6 * 3_600_000,
      keep: 28,
    });
  });
});

describe('parseEnv refusals', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['RENRAKU_BASE_URL', 'ftp://example.jp'],
    ['RENRAKU_BASE_URL', 'not a url'],
    ['RENRAKU_SESSION_IDLE_TIMEOUT', '12 hours'],
    ['RENRAKU_SESSION_MAX_AGE', '0d'],
    ['RENRAKU_LOGIN_MAX_FAILURES_PER_ID', '0'],
    ['RENRAKU_LOGIN_MAX_FAILURES_PER_IP', '-1'],
    ['RENRAKU_TRUST_PROXY', 'yes'],
    ['NODE_ENV', 'staging'],
    ['RENRAKU_BACKUP_EVERY', 'daily'],
    ['RENRAKU_BACKUP_KEEP', '0'],
  ])('%s=%j names the variable', (name, value) => {
    const error = envErrorOf({ [name]: value });
    expect(error.message).toContain(name);
    expect(error.problems.some((problem) => problem.startsWith(`${name}:`))).toBe(true);
  });

  it('refuses an idle timeout longer than the session lifetime', () => {
    const error = envErrorOf({ RENRAKU_SESSION_IDLE_TIMEOUT: '2d', RENRAKU_SESSION_MAX_AGE: '1d' });
    expect(error.message).toContain('RENRAKU_SESSION_IDLE_TIMEOUT');
    expect(error.message).toContain('RENRAKU_SESSION_MAX_AGE');
  });

  it('refuses a backup folder inside the data folder, or around it (a restore replaces the data folder whole)', () => {
    for (const dir of ['/var/lib/renraku/backups', '/var/lib/renraku', '/var/lib']) {
      expect(envErrorOf({ RENRAKU_DATA_DIR: '/var/lib/renraku', RENRAKU_BACKUP_DIR: dir }).message).toContain('RENRAKU_BACKUP_DIR');
    }
    expect(parseEnv({ RENRAKU_DATA_DIR: '/var/lib/renraku', RENRAKU_BACKUP_DIR: '/var/lib/renraku-backups' }).backup.dir).toBe(
      '/var/lib/renraku-backups',
    );
  });

  it('lists every bad variable at once', () => {
    const error = envErrorOf({ PORT: 'x', RENRAKU_LOGIN_WINDOW: 'soon' });
    expect(error.problems).toHaveLength(2);
  });
});

describe('parseEnv web push', () => {
  const publicKey = `B${'A'.repeat(86)}`;
  const privateKey = 'A'.repeat(43);

  it('takes no VAPID keys by default (generated into the data folder), with a mailto: subject over http and the origin over https', () => {
    expect(parseEnv({}).push).toEqual({ vapidPublicKey: null, vapidPrivateKey: null, subject: 'mailto:noreply@localhost' });
    expect(parseEnv({ RENRAKU_BASE_URL: 'https://renraku.example.jp' }).push.subject).toBe('https://renraku.example.jp');
  });

  it('takes both keys from the environment, or refuses one without the other', () => {
    expect(parseEnv({ RENRAKU_VAPID_PUBLIC_KEY: publicKey, RENRAKU_VAPID_PRIVATE_KEY: privateKey }).push).toMatchObject({
      vapidPublicKey: publicKey,
      vapidPrivateKey: privateKey,
    });
    expect(envErrorOf({ RENRAKU_VAPID_PUBLIC_KEY: publicKey }).message).toContain('RENRAKU_VAPID_PRIVATE_KEY');
    expect(envErrorOf({ RENRAKU_VAPID_SUBJECT: 'http://example.jp' }).message).toContain('RENRAKU_VAPID_SUBJECT');
  });
});
