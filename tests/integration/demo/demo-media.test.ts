import fs from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observationDoc } from '@/lib/schemas/observation';
import { findUserRecord } from '@/server/db/user-record';
import { attachments, careTeamMembers, forms, mailOutbox, observations, patients, posts } from '@/server/db/schema';
import { demoLockedOutLoginId } from '@/server/demo/demo-admin-state';
import { seedDemo } from '@/server/demo/seed-demo';
import { auditContextOf } from '@/server/audit/audit-context';
import { listLockouts } from '@/server/services/staff/list-lockouts';
import { listManagedDevices } from '@/server/services/devices/list-managed-devices';
import { openDataFolder, removeTempFolders, type TestDataFolder } from '@/tests/support/data-folder';

let folder: TestDataFolder;
beforeAll(async () => {
  folder = openDataFolder();
  await seedDemo({ db: folder.db, store: folder.store }, { failuresToLock: 10 });
}, 120_000);
afterAll(() => {
  folder.close();
  removeTempFolders();
});

const userId = (loginId: string) => findUserRecord(folder.db, { loginId })?.id ?? '';
const yamadaId = () => folder.db.select().from(patients).where(eq(patients.name, '山田 花子')).get()?.id ?? '';

/** Posts on the user's teams, by others, that reach them (team posts, or private ones addressed to them), with no read mark. */
function unreadOf(loginId: string): Map<string, number> {
  const id = userId(loginId);
  const rows = folder.db.all<{ name: string; unread: number }>(sql`
    SELECT p.name AS name, count(*) AS unread FROM posts
    JOIN patients p ON p.id = posts.patient_id
    JOIN care_team_members m ON m.patient_id = posts.patient_id AND m.user_id = ${id} AND m.removed_at IS NULL
    WHERE posts.author_id <> ${id}
      AND (posts.visibility = 'team' OR EXISTS (SELECT 1 FROM json_each(posts.recipient_ids) WHERE value = ${id}))
      AND NOT EXISTS (SELECT 1 FROM read_receipts r WHERE r.post_id = posts.id AND r.user_id = ${id})
    GROUP BY p.name`);
  return new Map(rows.map((row) => [row.name, row.unread]));
}

describe('seedDemo with a file store', () => {
  it('uploads six wound photos, a FAX, a notebook page, a CT print and a PDF, every variant on disk', async () => {
    const rows = folder.db.select().from(attachments).where(eq(attachments.patientId, yamadaId())).all();
    const kinds = rows.map((row) => row.kind).sort();
    expect(kinds).toEqual(['document', 'fax', 'medicalImage', 'notebook', 'wound', 'wound', 'wound', 'wound', 'wound', 'wound']);
    for (const row of rows) {
      const expected =
        row.kind === 'document'
          ? ['document']
          : row.kind === 'fax' || row.kind === 'notebook'
            ? ['thumb', 'display', 'original', 'legible']
            : ['thumb', 'display', 'original'];
      expect(Object.keys(row.variants).sort(), row.fileName).toEqual(expected.sort());
      for (const variant of Object.values(row.variants)) {
        expect(fs.statSync(folder.store.path(variant!.sha256)).size).toBe(variant!.size);
      }
    }
    const pdf = rows.find((row) => row.kind === 'document');
    expect(pdf?.mime).toBe('application/pdf');
    const bytes = fs.readFileSync(folder.store.path(pdf!.variants.document!.sha256));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toBe('%%EOF\n');
  });

  it('scores each wound photo with DESIGN-R 2020, the totals falling as it heals over three weeks', () => {
    const scores = folder.db.select().from(observations).where(eq(observations.kind, 'woundScore')).orderBy(observations.measuredAt).all();
    expect(scores).toHaveLength(6);
    expect(scores.every((score) => observationDoc.safeParse({ ...score, updatedAt: score.seq }).success)).toBe(true);
    expect(scores.map((score) => score.woundScore?.total)).toEqual([20, 17, 12, 8, 5, 4]);
    const photos = folder.db.select().from(attachments).where(eq(attachments.kind, 'wound')).all();
    for (const score of scores) expect(photos.find((photo) => photo.id === score.attachmentId)?.postId).toBe(score.postId);
    expect(scores.at(-1)!.measuredAt - scores[0]!.measuredAt).toBeGreaterThanOrEqual(17 * 86_400_000);
  });

  it('has three weeks of vitals and one of each official form, one finalised and the others drafts', () => {
    expect(folder.db.select().from(observations).where(eq(observations.kind, 'vitals')).all()).toHaveLength(14);
    const all = folder.db.select({ template: forms.template, status: forms.status }).from(forms).all();
    expect(all.map((form) => form.template).sort()).toEqual([
      'physicianOpinion',
      'visitingNursingInstruction',
      'visitingNursingPlan',
      'visitingNursingReport',
    ]);
    expect(all.filter((form) => form.status === 'final').map((form) => form.template)).toEqual(['visitingNursingInstruction']);
  });

  it('gives the nurse and the doctor twenty patients each, most with a history', () => {
    for (const loginId of ['demo-nurse', 'demo-doctor']) {
      const teams = folder.db
        .select()
        .from(careTeamMembers)
        .where(eq(careTeamMembers.userId, userId(loginId)))
        .all();
      expect(teams.length, loginId).toBe(loginId === 'demo-nurse' ? 19 : 20);
    }
    const withPosts = folder.db.all<{ n: number }>(sql`SELECT count(DISTINCT patient_id) AS n FROM posts`)[0]?.n ?? 0;
    expect(withPosts).toBeGreaterThanOrEqual(17);
  });

  it('leaves the doctor unread posts on both of the first patients, and a private post addressed to the doctor', () => {
    const doctor = unreadOf('demo-doctor');
    expect(doctor.get('山田 花子')).toBe(6);
    expect(doctor.get('佐藤 一郎')).toBe(2);
    expect([...doctor.values()].reduce((a, b) => a + b, 0)).toBe(13);
    expect(unreadOf('demo-nurse').get('山田 花子')).toBe(2);
    expect(unreadOf('demo-outsider').get('佐藤 一郎')).toBe(1);
    const toDoctor = folder.db
      .select()
      .from(posts)
      .where(and(eq(posts.visibility, 'private'), sql`${posts.recipientIds} LIKE ${`%${userId('demo-doctor')}%`}`))
      .all();
    expect(toDoctor).toHaveLength(1);
  });

  it('gives each administrator screen something: a lockout, a pending device, an application’s mail', () => {
    const admin = findUserRecord(folder.db, { loginId: 'demo-facility-admin' })!;
    const options = { db: folder.db, admin, audit: auditContextOf({ ip: null, userAgent: null }, { user: admin }) };
    expect(
      listLockouts(options, { windowMs: 15 * 60_000, maxFailuresPerLoginId: 10, maxFailuresPerIp: 100 } as never).map(
        (lock) => lock.loginId,
      ),
    ).toEqual([demoLockedOutLoginId]);
    expect(listManagedDevices(options, { status: 'pending' })).toHaveLength(1);
    expect(folder.db.select().from(mailOutbox).all().length).toBeGreaterThanOrEqual(2);
  });
});
