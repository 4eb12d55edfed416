/**
 * The server's configuration, read from the environment once and validated with zod. Nothing else
 * reads `process.env`. A bad value stops the server at boot with a message naming the variable.
 */
import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { parseDuration } from '@/lib/time/duration';

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null) {
        ctx.addIssue({ code: 'custom', message: `expected a duration such as 30m, 12h or 30d, got "${text}"` });
        return z.NEVER;
      }
      return ms;
    });

/** Whether either folder is the other or inside it. */
function isWithin(a: string, b: string): boolean {
  const inside = (child: string, parent: string) => {
    const relative = path.relative(parent, child);
    return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  };
  return inside(a, b) || inside(b, a);
}

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    RENRAKU_DATA_DIR: z.string().min(1).default('./data'),
    RENRAKU_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    RENRAKU_SESSION_IDLE_TIMEOUT: duration('12h'),
    RENRAKU_SESSION_MAX_AGE: duration('30d'),
    RENRAKU_LOGIN_WINDOW: duration('15m'),
    RENRAKU_LOGIN_MAX_FAILURES_PER_ID: positiveInt(10),
    RENRAKU_LOGIN_MAX_FAILURES_PER_IP: positiveInt(100),
    RENRAKU_FACILITY_QUOTA_MB: positiveInt(20_480),
    RENRAKU_DEMO_POSTS: z.coerce.number().int().min(0).max(1_000_000).default(0),
    RENRAKU_TRUST_PROXY: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
    /** smtp://user:pass@host:587 or smtps://user:pass@host:465; unset: mail stays in the outbox. */
    RENRAKU_SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    RENRAKU_MAIL_FROM: z
      .string()
      .trim()
      .regex(
        /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        'expected an address such as renraku@example.jp or "Renraku <renraku@example.jp>"',
      )
      .optional(),
    /** Unset: no scheduled backups (`npm run admin -- backup` still works). */
    RENRAKU_BACKUP_DIR: z.string().min(1).optional(),
    RENRAKU_BACKUP_EVERY: duration('24h'),
    RENRAKU_BACKUP_KEEP: positiveInt(7),
    /** Web push keys (base64url); both unset: generated on first start and kept in the data folder. */
    RENRAKU_VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{80,100}$/, 'expected a base64url P-256 public key')
      .optional(),
    RENRAKU_VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{40,50}$/, 'expected a base64url P-256 private key')
      .optional(),
    /** Who push services may contact about our pushes: mailto: or https:. */
    RENRAKU_VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)\S+$/, 'expected mailto:… or https://…')
      .optional(),
  })
  .transform((raw) => {
    const baseUrl = new URL(raw.RENRAKU_BASE_URL ?? `http://localhost:${raw.PORT}`);
    return {
      nodeEnv: raw.NODE_ENV,
      port: raw.PORT,
      host: raw.HOST,
      dataDir: path.resolve(raw.RENRAKU_DATA_DIR),
      baseUrl,
      /** Cookies get `Secure` and the `__Host-` prefix, and HSTS is sent, only over HTTPS. */
      secureCookies: baseUrl.protocol === 'https:',
      session: { idleTimeoutMs: raw.RENRAKU_SESSION_IDLE_TIMEOUT, maxAgeMs: raw.RENRAKU_SESSION_MAX_AGE },
      loginThrottle: {
        windowMs: raw.RENRAKU_LOGIN_WINDOW,
        maxFailuresPerLoginId: raw.RENRAKU_LOGIN_MAX_FAILURES_PER_ID,
        maxFailuresPerIp: raw.RENRAKU_LOGIN_MAX_FAILURES_PER_IP,
      },
      trustProxy: raw.RENRAKU_TRUST_PROXY,
      /** Where photos and documents are kept (a content-addressed store). */
      filesDir: path.join(path.resolve(raw.RENRAKU_DATA_DIR), 'files'),
      facilityQuotaBytes: raw.RENRAKU_FACILITY_QUOTA_MB * 1024 * 1024,
      /** Extra generated posts per demo patient, for benchmarks. */
      demoExtraPosts: raw.RENRAKU_DEMO_POSTS,
      /** Outgoing mail: delivered only when SMTP is configured (server/mail). */
      mail: { smtpUrl: raw.RENRAKU_SMTP_URL ?? null, from: raw.RENRAKU_MAIL_FROM ?? `Renraku <noreply@${baseUrl.hostname}>` },
      /** Web push (server/push): keys from the environment, else from the data folder. */
      push: {
        vapidPublicKey: raw.RENRAKU_VAPID_PUBLIC_KEY ?? null,
        vapidPrivateKey: raw.RENRAKU_VAPID_PRIVATE_KEY ?? null,
        subject: raw.RENRAKU_VAPID_SUBJECT ?? (baseUrl.protocol === 'https:' ? baseUrl.origin : `mailto:noreply@${baseUrl.hostname}`),
      },
      /** Scheduled backups from the server process (server/backup). */
      backup: {
        dir: raw.RENRAKU_BACKUP_DIR ? path.resolve(raw.RENRAKU_BACKUP_DIR) : null,
        everyMs: raw.RENRAKU_BACKUP_EVERY,
        keep: raw.RENRAKU_BACKUP_KEEP,
      },
    };
  })
  .refine((env) => env.session.idleTimeoutMs <= env.session.maxAgeMs, {
    message: 'RENRAKU_SESSION_IDLE_TIMEOUT must not be longer than RENRAKU_SESSION_MAX_AGE',
  })
  .refine((env) => (env.push.vapidPublicKey === null) === (env.push.vapidPrivateKey === null), {
    message: 'RENRAKU_VAPID_PUBLIC_KEY and RENRAKU_VAPID_PRIVATE_KEY are set together or not at all',
  })
  // A restore replaces the data folder whole, and would take backups kept inside it along.
  .refine((env) => !env.backup.dir || !isWithin(env.backup.dir, env.dataDir), {
    message: 'RENRAKU_BACKUP_DIR must not be inside RENRAKU_DATA_DIR (or the other way round)',
  });

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee README.md, "Configuration".`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
}

export const env: Env = parseEnv(process.env);
