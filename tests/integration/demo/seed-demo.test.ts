import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, daysOfMonth } from '@/lib/forms/calendar-days';
import { findFormProblems } from '@/lib/forms/form-problems';
import { visitCategories } from '@/lib/forms/visit-calendar';
import { observationDoc } from '@/lib/schemas/observation';
import { japanDay } from '@/lib/time/japan-time';
import { findDatabaseMode } from '@/server/db/meta';
import { forms, observations, posts, users } from '@/server/db/schema';
import { demoAccounts, demoPassword, seedDemo } from '@/server/demo/seed-demo';
import { demoLockedOutLoginId, demoPendingDeviceLoginId } from '@/server/demo/demo-admin-state';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';
import { openRequest } from '@/tests/support/trpc-harness';

let test: TestDatabase;
beforeAll(async () => {
  test = openTestDatabase();
  await seedDemo({ db: test.db });
});
afterAll(() => test.close());

describe('seedDemo', () => {
  it('marks the database as a demo database', () => {
    expect(findDatabaseMode(test.db)).toBe('demo');
  });

  it('creates exactly the seven demo accounts, and the two nurses who give the administrators something to do', () => {
    expect(demoAccounts).toHaveLength(7);
    expect(
      test.db
        .select()
        .from(users)
        .all()
        .map((u) => u.loginId)
        .sort(),
    ).toEqual([...demoAccounts.map((a) => a.loginId), demoLockedOutLoginId, demoPendingDeviceLoginId].sort());
  });

  it.each(demoAccounts.map((account) => [account.loginId, account] as const))(
    '%s signs in with the demo password',
    async (_loginId, account) => {
      const { user } = await openRequest(test.db, { ip: `10.0.0.${demoAccounts.indexOf(account) + 1}` }).caller.auth.signIn({
        loginId: account.loginId,
        password: demoPassword,
      });
      expect(user).toMatchObject({
        loginId: account.loginId,
        role: account.role,
        profession: account.profession,
        displayName: account.name,
        mustChangePassword: false,
      });
    },
  );
});

describe('seedDemo: 山田 花子’s vitals and instruction', () => {
  it('has three weeks of readings, those of her vitals posts attached to them', () => {
    const readings = test.db.select().from(observations).where(eq(observations.kind, 'vitals')).all();
    expect(readings).toHaveLength(14);
    const days = readings.map((reading) => reading.measuredAt);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThanOrEqual(19 * 86_400_000);
    expect(readings.every((reading) => observationDoc.safeParse({ ...reading, updatedAt: reading.seq }).success)).toBe(true);
    const attached = readings.filter((reading) => reading.postId !== null);
    expect(attached).toHaveLength(4);
    const vitalsPosts = test.db.select().from(posts).where(eq(posts.category, 'vitals')).all();
    for (const reading of attached)
      expect(vitalsPosts.find((post) => post.id === reading.postId)?.clientCreatedAt).toBe(reading.measuredAt);
  });

  it('has this month’s report draft with its period and its calendar filled from the nurse’s visits, as a tablet fills it', () => {
    const [report] = test.db.select().from(forms).where(eq(forms.template, 'visitingNursingReport')).all();
    const month = japanDay(Date.now()).slice(0, 7);
    expect(report).toMatchObject({ status: 'draft', periodStart: `${month}-01`, periodEnd: `${month}-${daysOfMonth(month).length}` });
    const nurse = test.db.select().from(users).where(eq(users.loginId, 'demo-nurse')).get();
    const nurseDays = [
      ...test.db
        .select()
        .from(posts)
        .where(and(eq(posts.authorId, nurse!.id), eq(posts.patientId, report!.patientId)))
        .all()
        .filter((post) => visitCategories.includes(post.category))
        .map((post) => post.clientCreatedAt),
      ...test.db
        .select()
        .from(observations)
        .where(and(eq(observations.authorId, nurse!.id), eq(observations.patientId, report!.patientId), eq(observations.kind, 'vitals')))
        .all()
        .map((reading) => reading.measuredAt),
    ]
      .map(japanDay)
      .filter((day) => day.startsWith(month));
    const visits = (report!.content as { visits: Array<{ date: string; count: number }> }).visits;
    expect(visits.map((visit) => visit.date)).toEqual([...new Set(nurseDays)].sort());
    expect(visits.every((visit) => visit.count >= 1)).toBe(true);
  });

  it('has a finalised one-month instruction ending within the home screen’s 14 days, announced on the timeline', () => {
    const [instruction] = test.db.select().from(forms).where(eq(forms.status, 'final')).all();
    expect(instruction).toMatchObject({ template: 'visitingNursingInstruction', status: 'final', version: 1 });
    expect(findFormProblems('visitingNursingInstruction', instruction!.content)).toEqual([]);
    const daysLeft = daysBetween(japanDay(Date.now()), instruction!.periodEnd ?? '');
    expect(daysLeft).toBeGreaterThan(0);
    expect(daysLeft).toBeLessThanOrEqual(14);
    const post = test.db
      .select()
      .from(posts)
      .where(eq(posts.id, instruction!.postId ?? ''))
      .get();
    expect(post?.body).toMatch(/^訪問看護指示書（令和/);
  });
});
