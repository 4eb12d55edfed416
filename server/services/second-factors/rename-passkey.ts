/** Renaming one of one's own passkeys. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/server/audit/audit';
import { passkeys } from '@/server/db/schema';
import { auditContextOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';
import { findOwnPasskey } from './find-own-passkey';

export function renamePasskey(options: AuthServiceOptions, signedIn: SignedIn, input: { id: string; name: string }): void {
  const { db, now = new Date() } = options;
  const row = findOwnPasskey(db, signedIn, input.id);
  db.transaction((tx) => {
    tx.update(passkeys).set({ name: input.name }).where(eq(passkeys.id, row.id)).run();
    const audited = { audit: auditContextOf(options.request, signedIn), now };
    audit(audited, 'passkey.renamed', { target: { type: 'passkey', id: row.id }, details: { from: row.name, to: input.name } }, tx);
  });
}
