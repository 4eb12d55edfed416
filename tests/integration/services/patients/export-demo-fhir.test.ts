/**
 * Every export the demo database gives — each patient, as each member of the team — passes the
 * official FHIR R4 schema with every reference resolved: the demo's readings, wound scores, forms
 * and private post as they really are, not only this suite's own fixtures.
 */
import { isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActorOf } from '@/server/audit/audit-context';
import { careTeamMembers } from '@/server/db/schema';
import { findUserRecord } from '@/server/db/user-record';
import { seedDemo } from '@/server/demo/seed-demo';
import { actorOf } from '@/server/policy/actor';
import { exportPatientFhir } from '@/server/services/patients/export-patient-fhir';
import { unresolvedReferences } from '@/tests/support/fhir-references';
import { fhirBundleErrors } from '@/tests/support/fhir-schema';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';

let test: TestDatabase;
beforeAll(async () => {
  test = openTestDatabase();
  await seedDemo({ db: test.db });
});
afterAll(() => test.close());

function exportAs(userId: string, patientId: string) {
  const user = findUserRecord(test.db, { id: userId });
  if (!user) throw new Error(`no user ${userId}`);
  const options = { db: test.db, actor: actorOf(user), audit: { actor: auditActorOf(user), request: { ip: null, userAgent: 'vitest' } } };
  return exportPatientFhir({ ...options, baseUrl: 'http://localhost:3000' }, { patientId });
}

describe('the demo database’s FHIR exports', () => {
  it('all validate and resolve, for every member of every team', () => {
    const memberships = test.db.select().from(careTeamMembers).where(isNull(careTeamMembers.removedAt)).all();
    expect(memberships.length).toBeGreaterThan(4);
    const types = new Set<string>();
    for (const { userId, patientId } of memberships) {
      const { bundle } = exportAs(userId, patientId);
      expect(fhirBundleErrors(bundle), `${userId} on ${patientId}`).toEqual([]);
      expect(unresolvedReferences(bundle).unresolved, `${userId} on ${patientId}`).toEqual([]);
      for (const entry of bundle.entry) types.add(entry.resource.resourceType);
    }
    expect([...types].sort()).toEqual(
      expect.arrayContaining([
        'CareTeam',
        'Communication',
        'Observation',
        'Organization',
        'Patient',
        'Practitioner',
        'PractitionerRole',
        'QuestionnaireResponse',
      ]),
    );
  }, 120_000);
});
