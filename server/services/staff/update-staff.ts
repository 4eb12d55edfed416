/**
 * An administrator corrects an account: name and kana, profession, email, and whether it is one
 * of the facility's administrators. Nobody changes their own role; a region administrator's account
 * only another region administrator edits (server/policy/staff-admin). The audit log names the changed fields.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Role } from '@/lib/domain/roles';
import type { UpdateStaffInput } from '@/lib/schemas/staff';
import { audit } from '@/server/audit/audit';
import { users } from '@/server/db/schema';
import { assertRoleChangeAllowed, findManageableStaff } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export function updateStaff(options: AdminServiceOptions, input: UpdateStaffInput): { changed: string[] } {
  const { db, admin } = options;
  const target = findManageableStaff(db, admin, input.userId, 'edit');
  // A region administrator's role is not set here: it stays.
  const role: Role = target.role === 'regionAdmin' ? 'regionAdmin' : input.role;
  assertRoleChangeAllowed(admin, target, role);
  const current = db.select({ email: users.email }).from(users).where(eq(users.id, target.id)).get();
  const next = {
    displayName: input.displayName,
    displayNameKana: input.displayNameKana,
    profession: input.profession,
    email: input.email || null,
    role,
  };
  const before = {
    displayName: target.displayName,
    displayNameKana: target.displayNameKana,
    profession: target.profession,
    email: current?.email ?? null,
    role: target.role,
  };
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((field) => next[field] !== before[field]);
  if (changed.length === 0) return { changed };
  db.transaction((tx) => {
    tx.update(users).set(next).where(eq(users.id, target.id)).run();
    audit(options, 'staff.updated', auditedAccount(target, { changed }), tx);
  });
  return { changed };
}
