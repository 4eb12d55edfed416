/**
 * Second factors: an authenticator app (TOTP), single-use recovery codes, and passkeys (WebAuthn),
 * which may also replace the password. Challenges live here so a restart does not lose them.
 */
import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { requiredRef } from './references';

export const totpCredentials = sqliteTable('totp_credentials', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  secret: blob('secret', { mode: 'buffer' }).notNull(),
  /** The last 30-second step accepted: a code is good once. */
  lastUsedStep: integer('last_used_step'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    codeHash: blob('code_hash', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('recovery_codes_user_idx').on(table.userId)],
);

export const passkeys = sqliteTable(
  'passkeys',
  {
    /** The credential ID, base64url. */
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    publicKey: blob('public_key', { mode: 'buffer' }).notNull(),
    counter: integer('counter').notNull(),
    /** JSON array of AuthenticatorTransport. */
    transports: text('transports'),
    deviceType: text('device_type'),
    backedUp: integer('backed_up', { mode: 'boolean' }).notNull().default(false),
    name: text('name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('passkeys_user_idx').on(table.userId)],
);

export const webauthnChallengePurposes = ['register', 'authenticate'] as const;

export const webauthnChallenges = sqliteTable(
  'webauthn_challenges',
  {
    id: text('id').primaryKey(),
    challenge: text('challenge').notNull(),
    /** Registration: who registers. Passwordless sign-in: null until the passkey names its user. */
    userId: text('user_id').references(() => users.id),
    purpose: text('purpose', { enum: webauthnChallengePurposes }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Who asked, for the cap on challenges one address may hold (anyone may ask for one to sign in). */
    ip: text('ip'),
  },
  (table) => [index('webauthn_challenges_ip_idx').on(table.ip, table.expiresAt)],
);
