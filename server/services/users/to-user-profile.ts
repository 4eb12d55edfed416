/** What of a user is safe to send to the browser. */
import 'server-only';
import type { UserRecord } from '@/server/db/user-record';

export type UserProfile = Omit<UserRecord, 'passwordHash' | 'disabled'>;

export function toUserProfile(record: UserRecord): UserProfile {
  const { passwordHash: _hash, disabled: _disabled, ...profile } = record;
  return profile;
}
