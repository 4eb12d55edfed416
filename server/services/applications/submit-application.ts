/**
 * 施設登録申請 from a region's public portal. Nobody is signed in: the application is checked
 * (login ID free among accounts and pending applications, password policy, a few submissions per
 * IP an hour), stored with the hash of the password the applicant chose, and the applicant and
 * the region's administrators are told by email (queued in the same transaction).
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNotNull } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { FacilityApplication } from '@/lib/schemas/application';
import { findPasswordProblems } from '@/lib/schemas/password';
import { audit } from '@/server/audit/audit';
import { hashPassword } from '@/server/auth/password';
import type { DbExecutor } from '@/server/db/client';
import { facilities, facilityApplications, users } from '@/server/db/schema';
import { queueMail } from '@/server/mail/queue-mail';
import { applicationReceivedMail, applicationSubmittedMail } from '@/server/mail/templates';
import { isLoginIdTaken } from '@/server/services/users/create-user';
import type { PublicServiceOptions } from '@/server/services/service-options';
import { auditContextOf } from '@/server/audit/audit-context';
import { findPortalRegion } from './find-portal-region';

/** Submissions one IP address may make in an hour. */
export const applicationsPerIpPerHour = 5;
const hourMs = 3_600_000;

export type ApplicationFields = Omit<FacilityApplication, 'emailConfirm' | 'password' | 'agreedToTerms'> & { passwordHash: string };

/** Stores an application (the demo seeds one the same way). */
export function insertApplication(
  tx: DbExecutor,
  regionId: string,
  fields: ApplicationFields,
  meta: { at: Date; ip: string | null },
): { id: string } {
  if (isLoginIdTaken(tx, fields.loginId)) throw new AppError('CONFLICT', { field: 'loginId' });
  const id = randomUUID();
  tx.insert(facilityApplications)
    .values({ id, regionId, ...fields, status: 'pending', submittedAt: meta.at, submittedIp: meta.ip })
    .run();
  return { id };
}

/** The region administrators' addresses: each gets the "new application" notice. */
export function regionAdminEmails(db: DbExecutor, regionId: string): string[] {
  return db
    .select({ email: users.email })
    .from(users)
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .where(and(eq(facilities.regionId, regionId), eq(users.role, 'regionAdmin'), isNotNull(users.email)))
    .all()
    .flatMap((row) => (row.email ? [row.email] : []));
}

export async function submitApplication(
  { db, request, now = new Date() }: PublicServiceOptions,
  input: { slug: string; application: FacilityApplication },
): Promise<{ id: string }> {
  const region = findPortalRegion(db, input.slug);
  if (!region) throw new AppError('NOT_FOUND');
  const { emailConfirm: _confirm, agreedToTerms: _agreed, password, ...fields } = input.application;
  if (request.ip) {
    const recent = db
      .select({ id: facilityApplications.id })
      .from(facilityApplications)
      .where(and(eq(facilityApplications.submittedIp, request.ip), gte(facilityApplications.submittedAt, new Date(now.getTime() - hourMs))))
      .all().length;
    if (recent >= applicationsPerIpPerHour) throw new AppError('RATE_LIMITED');
  }
  const problems = findPasswordProblems(password);
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { problems });
  if (isLoginIdTaken(db, fields.loginId)) throw new AppError('CONFLICT', { field: 'loginId' });
  const passwordHash = await hashPassword(password);
  const contactName = `${fields.contactFamilyName} ${fields.contactGivenName}`;
  const { id } = db.transaction((tx) => {
    const created = insertApplication(tx, region.id, { ...fields, passwordHash }, { at: now, ip: request.ip });
    const facts = { regionName: region.name, facilityName: fields.facilityName, contactName };
    queueMail(tx, { ...applicationReceivedMail({ ...facts, loginId: fields.loginId }), to: fields.email, regionId: region.id }, now);
    for (const to of regionAdminEmails(tx, region.id))
      queueMail(tx, { ...applicationSubmittedMail({ ...facts, kind: fields.kind, email: fields.email }), to, regionId: region.id }, now);
    // Nobody is signed in: the entry belongs to the region, so its administrator sees it.
    audit(
      { audit: auditContextOf(request), now },
      'application.submitted',
      {
        regionId: region.id,
        target: { type: 'facilityApplication', id: created.id },
        details: { facilityName: fields.facilityName, loginId: fields.loginId },
      },
      tx,
    );
    return created;
  });
  return { id };
}
