/**
 * 施設登録申請 from a region's public portal. Nobody is signed in: the application is checked
 * (a few submissions per IP an hour, refused ones included; login ID free among accounts and
 * pending applications; password policy), stored with the hash of the password the applicant
 * chose, and the applicant and the region's administrators are told by email (queued in the same
 * transaction, a few notices per address at most, so the form cannot be used to flood a mailbox).
 */
import 'server-only';
import { and, count, eq, gte } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { FacilityApplication } from '@/lib/schemas/application';
import { findPasswordProblems } from '@/lib/schemas/password';
import { audit } from '@/server/audit/audit';
import { hashPassword } from '@/server/auth/password';
import type { DbExecutor } from '@/server/db/client';
import { portalSubmissions } from '@/server/db/schema';
import { countMailTo } from '@/server/mail/count-mail-to';
import { queueMail } from '@/server/mail/queue-mail';
import { applicationReceivedMail, applicationSubmittedMail } from '@/server/mail/templates';
import { isLoginIdTaken } from '@/server/services/users/is-login-id-taken';
import type { PublicServiceOptions } from '@/server/services/service-options';
import { auditContextOf } from '@/server/audit/audit-context';
import { listRegionAdminEmails } from '@/server/services/regions/list-region-admin-emails';
import { findPortalRegion } from './find-portal-region';
import { insertApplication } from './insert-application';

/** Submissions one IP address may make in an hour, refused ones included. */
export const applicationsPerIpPerHour = 5;
/** Notices of a received application one address may get in a day; the form names any address. */
export const receiptNoticesPerAddressPerDay = 3;
/** Notices of new applications one administrator's address may get in an hour; the rest wait on their screen. */
export const submittedNoticesPerAddressPerHour = 10;

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * Counts this address's submissions of the last hour and records this one, in one synchronous
 * transaction: requests sent in parallel each see those before them (the slow hash comes after).
 */
function admitSubmission(db: DbExecutor, ip: string, now: Date): void {
  db.transaction((tx) => {
    const recent =
      tx
        .select({ n: count() })
        .from(portalSubmissions)
        .where(and(eq(portalSubmissions.ip, ip), gte(portalSubmissions.at, new Date(now.getTime() - hourMs))))
        .get()?.n ?? 0;
    if (recent >= applicationsPerIpPerHour) throw new AppError('RATE_LIMITED');
    tx.insert(portalSubmissions).values({ ip, at: now }).run();
  });
}

export async function submitApplication(
  { db, request, now = new Date() }: PublicServiceOptions,
  input: { slug: string; application: FacilityApplication },
): Promise<{ id: string }> {
  const region = findPortalRegion(db, input.slug);
  if (!region) throw new AppError('NOT_FOUND');
  const { emailConfirm: _confirm, agreedToTerms: _agreed, password, ...fields } = input.application;
  admitSubmission(db, request.ip ?? 'unknown', now);
  const problems = findPasswordProblems(password);
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { problems });
  if (isLoginIdTaken(db, fields.loginId)) throw new AppError('CONFLICT', { field: 'loginId' });
  const passwordHash = await hashPassword(password);
  const contactName = `${fields.contactFamilyName} ${fields.contactGivenName}`;
  const { id } = db.transaction((tx) => {
    const created = insertApplication(tx, region.id, { ...fields, passwordHash }, { at: now, ip: request.ip });
    const facts = { regionName: region.name, facilityName: fields.facilityName, contactName };
    const since = (ms: number) => new Date(now.getTime() - ms);
    if (countMailTo(tx, fields.email, 'applicationReceived', since(dayMs)) < receiptNoticesPerAddressPerDay)
      queueMail(tx, { ...applicationReceivedMail({ ...facts, loginId: fields.loginId }), to: fields.email, regionId: region.id }, now);
    for (const to of listRegionAdminEmails(tx, region.id)) {
      if (countMailTo(tx, to, 'applicationSubmitted', since(hourMs)) >= submittedNoticesPerAddressPerHour) continue;
      queueMail(tx, { ...applicationSubmittedMail({ ...facts, kind: fields.kind, email: fields.email }), to, regionId: region.id }, now);
    }
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
