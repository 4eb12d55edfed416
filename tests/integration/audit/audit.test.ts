/**
 * An audit entry commits with its change (server/audit/audit.ts): when writing the entry fails
 * after a service has written its change, the change rolls back with it — no post, attachment,
 * disabled account or approved facility is ever left without its entry in the log.
 */
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { attachments, auditLog, facilities, facilityApplications, mailOutbox, posts, sessions, users } from '@/server/db/schema';
import { signIn } from '@/tests/support/care-team-world';
import { fileOptions, openFileStore, upload, uploadMetaFor } from '@/tests/support/file-world';
import { applicationInput, openRegionWorld, userByLoginId, type RegionWorld } from '@/tests/support/region-world';
import { postDocBy, push } from '@/tests/support/sync-docs';
import { openRequest } from '@/tests/support/trpc-harness';
import { minimalPdf } from '@/tests/unit/files/samples';

let region: RegionWorld;
let db: Db;
const cleanUp: Array<() => void> = [];

beforeEach(async () => {
  region = await openRegionWorld();
  db = region.world.db;
  await signIn(region.world, 'nurse');
  cleanUp.push(region.close);
});
afterEach(() => {
  for (const fn of cleanUp.splice(0)) fn();
});

/** From now on every audit insert fails, as a full disk or a crash would make it: after the change is written. */
function breakAuditLog(): void {
  db.$client.exec(`CREATE TRIGGER audit_unavailable BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`);
}

function mendAuditLog(): void {
  db.$client.exec('DROP TRIGGER audit_unavailable');
}

const auditEntries = () => db.select({ n: count() }).from(auditLog).get()?.n ?? 0;
const entriesOf = (action: string) => db.select().from(auditLog).where(eq(auditLog.action, action)).all();

/** Runs the call with the audit log failing; it must fail, and leave the log as it was. */
async function withAuditFailing(call: () => Promise<unknown>): Promise<void> {
  const before = auditEntries();
  breakAuditLog();
  try {
    await expect(call()).rejects.toThrow();
  } finally {
    mendAuditLog();
  }
  expect(auditEntries()).toBe(before);
}

describe('an audit entry and its change commit together', () => {
  it('a push: the post is not stored without its entry, and goes through once the log works', async () => {
    const post = postDocBy(region.world, 'nurse', region.patientId);
    await withAuditFailing(() => push(region.world, 'nurse', 'posts', [post]));
    expect(db.select().from(posts).where(eq(posts.id, post.id)).get()).toBeUndefined();

    await push(region.world, 'nurse', 'posts', [post]);
    expect(db.select().from(posts).where(eq(posts.id, post.id)).get()).toBeDefined();
    expect(entriesOf('sync.pushed')).toHaveLength(1);
  });

  it('an upload: the attachment’s record is not stored without its entry', async () => {
    const files = openFileStore();
    cleanUp.push(files.remove);
    const post = postDocBy(region.world, 'nurse', region.patientId, { category: 'document' });
    await push(region.world, 'nurse', 'posts', [post]);
    const pdf = minimalPdf();
    const meta = uploadMetaFor(post, pdf, 'document', 'report.pdf');
    const options = fileOptions(region.world, 'nurse', files.store);

    await withAuditFailing(() => upload(options, meta, pdf));
    expect(db.select().from(attachments).where(eq(attachments.id, meta.id)).get()).toBeUndefined();

    await upload(options, meta, pdf);
    expect(db.select().from(attachments).where(eq(attachments.id, meta.id)).get()).toBeDefined();
    expect(entriesOf('file.uploaded')).toHaveLength(1);
  });

  it('disabling an account: it stays enabled and signed in without its entry', async () => {
    const admin = await region.asAdmin('station-admin');
    const nurseId = region.world.ids.nurse;
    const sessionsOf = () => db.select().from(sessions).where(eq(sessions.userId, nurseId)).all().length;
    const signedInSessions = sessionsOf();
    expect(signedInSessions).toBeGreaterThan(0);

    await withAuditFailing(() => admin.staff.setDisabled({ userId: nurseId, disabled: true }));
    expect(db.select().from(users).where(eq(users.id, nurseId)).get()?.disabledAt).toBeNull();
    expect(sessionsOf()).toBe(signedInSessions);
    expect((await region.world.as('nurse').caller.auth.me()).user?.id).toBe(nurseId);

    await admin.staff.setDisabled({ userId: nurseId, disabled: true });
    expect(db.select().from(users).where(eq(users.id, nurseId)).get()?.disabledAt).not.toBeNull();
    expect(sessionsOf()).toBe(0);
    expect(entriesOf('staff.disabled')).toHaveLength(1);
  });

  it('approving an application: no facility, account or notice without its entry', async () => {
    const input = applicationInput();
    const { id } = await openRequest(db).caller.applications.submit({ slug: 'care', application: input });
    const admin = await region.asAdmin('region-admin');
    const mails = () => db.select({ n: count() }).from(mailOutbox).get()?.n ?? 0;
    const queued = mails();

    await withAuditFailing(() => admin.applications.approve({ applicationId: id }));
    expect(db.select().from(facilityApplications).where(eq(facilityApplications.id, id)).get()?.status).toBe('pending');
    expect(db.select().from(facilities).where(eq(facilities.name, input.facilityName)).get()).toBeUndefined();
    expect(userByLoginId(region.world, input.loginId)).toBeUndefined();
    expect(mails()).toBe(queued);

    await admin.applications.approve({ applicationId: id });
    expect(db.select().from(facilityApplications).where(eq(facilityApplications.id, id)).get()?.status).toBe('approved');
    expect(userByLoginId(region.world, input.loginId)).toBeDefined();
    expect(mails()).toBe(queued + 1);
    expect(entriesOf('application.approved')).toHaveLength(1);
  });
});
