/**
 * GET /api/fhir/patient/:id over HTTP: a team member gets the Bundle to save, as
 * application/fhir+json under an RFC 6266 name; someone signed in but not on the team gets a 404
 * that says nothing of the patient, and nobody signed in gets a 401.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { handleFhirExport } from '@/server/http/fhir-export-handler';
import { patientInput } from '@/tests/support/care-team-world';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openRequest, signInCookie } from '@/tests/support/trpc-harness';

const origin = 'http://localhost:3000';
// The process-wide database is shared by this run's files: login IDs of this file alone.
const seeded = seedWorld(getDb(), [{ loginId: 'fhir-owner' }, { loginId: 'fhir-colleague' }]);
let owner: string;
let colleague: string;
let patientId: string;

beforeAll(async () => {
  await seeded;
  owner = await signInCookie(getDb(), 'fhir-owner', testPassword);
  colleague = await signInCookie(getDb(), 'fhir-colleague', testPassword);
  ({ id: patientId } = await openRequest(getDb(), { cookie: owner }).caller.patients.register({ ...patientInput, name: '書出 太郎' }));
});

const get = (cookie: string | null, id = patientId) =>
  handleFhirExport(new Request(`${origin}/api/fhir/patient/${id}`, { headers: cookie ? { cookie } : {} }), id);

describe('GET /api/fhir/patient/:id', () => {
  it('gives the team member the Bundle as a file to save', async () => {
    const response = get(owner);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="___+_FHIR_\d{4}-\d{2}-\d{2}\.json"; filename\*=UTF-8''%E6%9B%B8%E5%87%BA%E5%A4%AA%E9%83%8E_FHIR_\d{4}-\d{2}-\d{2}\.json$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    const bundle = (await response.json()) as {
      resourceType: string;
      type: string;
      entry: Array<{ resource: { resourceType: string; id: string } }>;
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.map((entry) => entry.resource)).toContainEqual(expect.objectContaining({ resourceType: 'Patient', id: patientId }));
  });

  it('answers 404 to a colleague of the same facility who is not on the team, as for an unknown id', async () => {
    for (const id of [patientId, crypto.randomUUID()]) {
      const response = get(colleague, id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers 401 without a session', () => {
    expect(get(null).status).toBe(401);
  });
});
