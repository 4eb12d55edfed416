/**
 * The FHIR export of a patient's record: a Bundle the official R4 schema accepts, whose references
 * all resolve inside it, with JP Core's patient, the care team, posts and comments, photos, vitals
 * and wound scores, and forms — private posts only for their audience, nobody outside the team,
 * and every export in the audit log.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FhirBundle } from '@/lib/fhir/bundle';
import type { FhirResource } from '@/lib/fhir/resource';
import { auditLog } from '@/server/db/schema';
import { exportPatientFhir } from '@/server/services/patients/export-patient-fhir';
import { openTeamWorld, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { expectServiceError, fileOptions, openFileStore, upload, uploadMetaFor } from '@/tests/support/file-world';
import { fhirBundleErrors } from '@/tests/support/fhir-schema';
import { unresolvedReferences } from '@/tests/support/fhir-references';
import { commentDocBy, completeReport, formDocBy, postDocBy, push, vitalsDocBy } from '@/tests/support/sync-docs';
import { uniquePhoto } from '@/tests/support/timeline-writer';

const baseUrl = 'https://renraku.example.jp';
let world: CareTeamWorld;
let patientId: string;
const texts = {
  teamPost: '本日訪問。仙骨部の発赤は消退しています。',
  teamComment: '了解しました。次回も確認します。',
  privatePost: '特別便：ご家族の経済的な事情について。',
  privateComment: '特別便への返信：承知しました。',
};
let photoId: string;
let privatePostId: string;
let files: ReturnType<typeof openFileStore>;

beforeAll(async () => {
  const opened = await openTeamWorld(['nurse', 'doctor', 'caremanager', 'outsider', 'stranger'], ['doctor', 'caremanager']);
  ({ world, patientId } = opened);
  files = openFileStore();
  const teamPost = postDocBy(world, 'nurse', patientId, { category: 'care', body: texts.teamPost });
  const privatePost = postDocBy(world, 'nurse', patientId, {
    visibility: 'private',
    recipientIds: [world.ids.doctor],
    body: texts.privatePost,
  });
  privatePostId = privatePost.id;
  await push(world, 'nurse', 'posts', [teamPost, privatePost]);
  await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', teamPost, texts.teamComment)]);
  await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', privatePost, texts.privateComment)]);
  const bytes = await uniquePhoto(7);
  photoId = (await upload(fileOptions(world, 'nurse', files.store), uploadMetaFor(teamPost, bytes), bytes)).id;
  const wound = {
    ...vitalsDocBy(world, 'nurse', patientId, { kind: 'woundScore', vitals: null, attachmentId: photoId, postId: teamPost.id }),
    woundScore: {
      site: '仙骨部',
      depth: 'd2',
      exudate: 'e1',
      size: 's6',
      inflammation: 'i0',
      granulation: 'g1',
      necrosis: 'n0',
      pocket: 'p0',
      total: 8,
    },
  } as const;
  await push(world, 'nurse', 'observations', [vitalsDocBy(world, 'nurse', patientId), wound]);
  // A reading written with the private post reaches only its audience.
  await push(world, 'nurse', 'observations', [vitalsDocBy(world, 'nurse', patientId, { postId: privatePost.id })]);
  const draft = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { content: completeReport() });
  await push(world, 'nurse', 'forms', [draft]);
  await push(world, 'nurse', 'forms', [{ ...draft, status: 'final' }]);
  return () => {
    files.remove();
    opened.close();
  };
});

const exportAs = (person: Person) => exportPatientFhir({ ...fileOptions(world, person, files.store), baseUrl }, { patientId });
const ofType = (bundle: FhirBundle, type: string) => bundle.entry.map((entry) => entry.resource).filter((r) => r.resourceType === type);
const byId = (bundle: FhirBundle, type: string, id: string) => ofType(bundle, type).find((resource) => resource.id === id);
const codesOf = (resources: FhirResource[]) =>
  resources.flatMap((resource) => ((resource.code as { coding: Array<{ code: string }> } | undefined)?.coding ?? []).map((c) => c.code));

describe('the FHIR export of a patient', () => {
  it('is a collection Bundle the official R4 schema accepts, whose every reference resolves inside it', () => {
    for (const person of ['nurse', 'doctor', 'caremanager'] as const) {
      const { bundle } = exportAs(person);
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(fhirBundleErrors(bundle)).toEqual([]);
      const references = unresolvedReferences(bundle);
      expect(references.unresolved).toEqual([]);
      expect(references.count).toBeGreaterThan(30);
    }
  }, 60_000);

  it('would notice a resource the schema refuses or a reference to nothing (the checks above can fail)', () => {
    const { bundle } = exportAs('nurse');
    const broken = structuredClone(bundle);
    const patient = broken.entry.find((entry) => entry.resource.resourceType === 'Patient')!.resource;
    patient.gender = 'woman';
    patient.managingOrganization = { reference: 'Organization/nowhere' };
    expect(fhirBundleErrors(broken)).toEqual([expect.stringContaining(`Patient/${patientId}/gender`)]);
    expect(unresolvedReferences(broken).unresolved).toEqual([`Patient/${patientId} → Organization/nowhere`]);
  }, 60_000);

  it('carries the patient as JP Core has it: kanji (IDE) and kana (SYL) names, birth date, sex, address', () => {
    const { bundle, fileName } = exportAs('doctor');
    const [patient] = ofType(bundle, 'Patient');
    const representation = 'http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation';
    expect(patient).toMatchObject({
      id: patientId,
      meta: { profile: ['http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient'] },
      name: [
        { extension: [{ url: representation, valueCode: 'IDE' }], text: '山田 花子', family: '山田', given: ['花子'] },
        { extension: [{ url: representation, valueCode: 'SYL' }], text: 'ヤマダ ハナコ', family: 'ヤマダ', given: ['ハナコ'] },
      ],
      birthDate: '1938-04-01',
      gender: 'female',
      address: [{ text: 'ケア市1-2-3' }],
    });
    expect(fileName).toMatch(/^山田花子_FHIR_\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('names the care team: each member’s role at their facility, and the facility', () => {
    const { bundle } = exportAs('doctor');
    const [team] = ofType(bundle, 'CareTeam') as unknown as Array<{
      participant: Array<{ member: { reference: string }; onBehalfOf: { reference: string } }>;
    }>;
    expect(team!.participant).toHaveLength(3);
    for (const person of ['nurse', 'doctor', 'caremanager'] as const) {
      const role = byId(bundle, 'PractitionerRole', `role-${world.ids[person]}`);
      expect(role).toMatchObject({ practitioner: { reference: `Practitioner/${world.ids[person]}` } });
      expect(team!.participant.map((p) => p.member.reference)).toContain(`PractitionerRole/role-${world.ids[person]}`);
    }
    expect(ofType(bundle, 'Organization').map((o) => o.name)).toEqual(
      expect.arrayContaining(['ケア市クリニック', 'ケア訪問看護ステーション', 'みどり訪問看護ステーション']),
    );
  });

  it('has the posts and comments as Communications, the photo as a DocumentReference at its file, vitals and the wound score as Observations, the form as a QuestionnaireResponse', () => {
    const { bundle } = exportAs('doctor');
    const bodies = ofType(bundle, 'Communication').map((c) => (c.payload as Array<{ contentString?: string }>)[0]?.contentString);
    expect(bodies).toEqual(expect.arrayContaining(Object.values(texts)));
    expect(byId(bundle, 'Communication', privatePostId)).toMatchObject({
      meta: { security: [{ code: 'R' }] },
      recipient: [{ reference: `Practitioner/${world.ids.doctor}` }],
    });
    expect(byId(bundle, 'DocumentReference', photoId)).toMatchObject({
      content: [{ attachment: { url: `${baseUrl}/api/files/${photoId}/original`, contentType: expect.stringMatching(/^image\//) } }],
    });
    const observations = ofType(bundle, 'Observation');
    // Two readings (the panel, temperature, blood pressure, pulse, respiration, SpO₂, weight) and the wound score.
    expect(codesOf(observations)).toEqual(
      expect.arrayContaining(['85353-1', '8310-5', '85354-9', '8867-4', '9279-1', '59408-5', '29463-7', 'total']),
    );
    expect(observations.find((o) => o.valueInteger === 8)).toMatchObject({ derivedFrom: [{ reference: `DocumentReference/${photoId}` }] });
    const [report] = ofType(bundle, 'QuestionnaireResponse');
    expect(report).toMatchObject({ status: 'completed', questionnaire: 'urn:renraku:fhir:Questionnaire:visitingNursingReport' });
    expect(report!.item).toEqual(expect.arrayContaining([{ linkId: 'course', answer: [{ valueString: '浮腫は軽減し、ADLは維持。' }] }]));
  });

  it('leaves out a private post, its comments and its reading for a member outside its audience', () => {
    const doctors = exportAs('doctor').bundle;
    const { bundle } = exportAs('caremanager');
    const json = JSON.stringify(bundle);
    expect(json).toContain(texts.teamPost);
    expect(json).toContain(texts.teamComment);
    expect(json).not.toContain(texts.privatePost);
    expect(json).not.toContain(texts.privateComment);
    expect(json).not.toContain(privatePostId);
    expect(ofType(bundle, 'Observation').length).toBe(ofType(doctors, 'Observation').length - 7);
  });

  it('refuses anyone outside the team — of the same region or another — as if the patient did not exist', async () => {
    for (const person of ['outsider', 'stranger'] as const)
      await expectServiceError(
        Promise.resolve().then(() => exportAs(person)),
        'NOT_FOUND',
      );
  });

  it('writes each export to the audit log: who, which patient, how much', () => {
    const before = world.db.select().from(auditLog).where(eq(auditLog.action, 'patient.exported')).all().length;
    const { bundle } = exportAs('caremanager');
    const entries = world.db.select().from(auditLog).where(eq(auditLog.action, 'patient.exported')).all();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ actorUserId: world.ids.caremanager, patientId, outcome: 'success' });
    expect(JSON.parse(entries.at(-1)!.details ?? '{}')).toEqual({ format: 'fhir-r4', bundleId: bundle.id, resources: bundle.entry.length });
  });

  // Last: it changes the team the other cases read.
  it('refuses a member once they have left the team, and keeps them in the care team’s history for the others', async () => {
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.caremanager });
    await expectServiceError(
      Promise.resolve().then(() => exportAs('caremanager')),
      'NOT_FOUND',
    );
    const { bundle } = exportAs('doctor');
    const [team] = ofType(bundle, 'CareTeam') as unknown as Array<{
      participant: Array<{ member: { reference: string }; period: { end?: string } }>;
    }>;
    const left = team!.participant.find((p) => p.member.reference === `PractitionerRole/role-${world.ids.caremanager}`);
    expect(left?.period.end).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
