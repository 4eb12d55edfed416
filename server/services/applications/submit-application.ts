/**
 * 施設登録申請 from a region's public portal. Nobody is signed in: the application is checked
 * (login ID free among accounts and pending applications, password policy, a few submissions per
 * IP an hour), stored with the hash of the password the applicant chose, and the applicant and
 * the region's administrators are told by email (queued in the same transaction).
 */
import 'server-only';
import { and, eq, gte } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { FacilityApplication } from '@/lib/schemas/application';
import { findPasswordProblems } from '@/lib/schemas/password';
import { audit } from '@/server/audit/audit';
import { hashPassword } from '@/server/auth/password';
import { facilityApplications } from '@/server/db/schema';
import { queueMail } from '@/server/mail/queue-mail';
import { applicationReceivedMail, applicationSubmittedMail } from '@/server/mail/templates';
import { isLoginIdTaken } from '@/server/services/users/is-login-id-taken';
import type { PublicServiceOptions } from '@/server/services/service-options';
import { auditContextOf } from '@/server/audit/audit-context';
import { listRegionAdminEmails } from '@/server/services/regions/list-region-admin-emails';
import { findPortalRegion } from './find-portal-region';
import { insertApplication } from './insert-application';

/** Submissions one IP address may make in an hour. */
export const applicationsPerIpPerHour = 5;

const hourMs = 3_600_000;

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
    for (const to of listRegionAdminEmails(tx, region.id))
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
