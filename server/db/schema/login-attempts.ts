/** Every sign-in attempt, kept for throttling and investigation. */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** `unlocked`: an administrator cleared the login ID's failures (counting starts again after it). */
export const loginAttemptOutcomes = ['success', 'failure', 'locked', 'unlocked'] as const;

/**
 * Which step of signing in an attempt was: the password, or a second factor (a code, a recovery
 * code, a passkey). A correct password and second factor pass a login-ID lockout while few
 * second-factor failures stand against the ID (server/auth/login-throttle.ts).
 */
export const loginAttemptSteps = ['password', 'secondFactor'] as const;

export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    loginId: text('login_id').notNull(),
    ip: text('ip').notNull(),
    outcome: text('outcome', { enum: loginAttemptOutcomes }).notNull(),
    step: text('step', { enum: loginAttemptSteps }).notNull().default('password'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('login_attempts_login_idx').on(table.loginId, table.at), index('login_attempts_ip_idx').on(table.ip, table.at)],
);
