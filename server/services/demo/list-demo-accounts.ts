/**
 * The demo accounts the sign-in page offers for one-tap sign-in — only when this server's database
 * was made for the demo; any other database answers an empty list, so a production sign-in page
 * never shows one. The password and the administrators' authenticator keys are the demo's public
 * ones (README): the page signs in through the normal path with them.
 */
import 'server-only';
import type { DemoAccount } from '@/lib/schemas/demo-account';
import type { Db } from '@/server/db/client';
import { findDatabaseMode } from '@/server/db/meta';
import { demoAccounts, demoPassword } from '@/server/demo/seed-demo';
import { demoTotpKeys } from '@/server/demo/demo-totp-keys';

export function listDemoAccounts({ db }: { db: Db }): DemoAccount[] {
  if (findDatabaseMode(db) !== 'demo') return [];
  return demoAccounts.map((account) => ({
    loginId: account.loginId,
    name: account.name,
    profession: account.profession,
    role: account.role,
    password: demoPassword,
    totpKey: demoTotpKeys[account.loginId] ?? null,
  }));
}
