import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { observations } from '@/server/db/schema';
import { openTeamWorld, signIn, type CareTeamWorld } from '@/tests/support/care-team-world';
import { postDocBy, pullAll, push, vitalsDocBy } from '@/tests/support/sync-docs';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'caremanager'], ['doctor', 'caremanager']));
  return close;
});

const rows = () => world.db.select().from(observations).all();

describe('observations (vital signs, wound scores)', () => {
  it('stores a reading once, however often pushed, and gives it to the team', async () => {
    const reading = vitalsDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'observations', [reading, reading]);
    await push(world, 'nurse', 'observations', [reading]);
    expect(rows()).toHaveLength(1);
    const seen = (await pullAll(world, 'doctor', 'observations')).documents;
    expect(seen).toEqual([expect.objectContaining({ id: reading.id, vitals: reading.vitals, _deleted: false })]);
  });

  it('refuses an impossible reading (300/20) and one in another’s name', async () => {
    const impossible = vitalsDocBy(world, 'nurse', patientId, {
      vitals: { ...vitalsDocBy(world, 'nurse', patientId).vitals!, systolic: 300, diastolic: 20 },
    });
    const forged = vitalsDocBy(world, 'doctor', patientId);
    expect((await push(world, 'nurse', 'observations', [impossible, forged])).refused).toEqual([
      { id: impossible.id, reason: 'invalid' },
      { id: forged.id, reason: 'notAuthor' },
    ]);
    expect(rows()).toEqual([]);
  });

  it('does not date a reading later than the server heard of it', async () => {
    const reading = vitalsDocBy(world, 'nurse', patientId, { measuredAt: Date.now() + 86_400_000 });
    await push(world, 'nurse', 'observations', [reading]);
    expect(rows()[0]!.measuredAt).toBeLessThanOrEqual(Date.now());
  });

  it('gives a reading posted with a private post only to that post’s audience', async () => {
    const post = postDocBy(world, 'nurse', patientId, {
      visibility: 'private',
      recipientIds: [world.ids.doctor],
      category: 'vitals',
      body: 'BT 38.2℃',
    });
    await push(world, 'nurse', 'posts', [post]);
    const reading = vitalsDocBy(world, 'nurse', patientId, { postId: post.id });
    expect((await push(world, 'nurse', 'observations', [reading])).refused).toEqual([]);
    expect((await pullAll(world, 'doctor', 'observations')).documents.map((doc) => doc.id)).toEqual([reading.id]);
    expect((await pullAll(world, 'caremanager', 'observations')).documents).toEqual([]);
    // Nor can someone outside the audience name that post for a reading of their own.
    const sneaky = vitalsDocBy(world, 'caremanager', patientId, { postId: post.id });
    expect((await push(world, 'caremanager', 'observations', [sneaky])).refused).toEqual([{ id: sneaky.id, reason: 'noAccess' }]);
  });

  it('never gives a non-member a reading, nor takes one from them', async () => {
    await push(world, 'nurse', 'observations', [vitalsDocBy(world, 'nurse', patientId)]);
    await signIn(world, 'outsider');
    expect((await pullAll(world, 'outsider', 'observations')).documents).toEqual([]);
    const theirs = vitalsDocBy(world, 'outsider', patientId);
    expect((await push(world, 'outsider', 'observations', [theirs])).refused).toEqual([{ id: theirs.id, reason: 'noAccess' }]);
  });

  it('lets only the author withdraw a reading, which stays in the record', async () => {
    const reading = vitalsDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'observations', [reading]);
    const byOther = await push(world, 'doctor', 'observations', [{ ...reading, retractedAt: Date.now() }]);
    expect(byOther.conflicts[0]).toMatchObject({ id: reading.id, retractedAt: null });
    const edit = await push(world, 'nurse', 'observations', [{ ...reading, vitals: { ...reading.vitals!, pulse: 90 } }]);
    expect(edit.conflicts[0]).toMatchObject({ vitals: { pulse: 74 } });
    await push(world, 'nurse', 'observations', [{ ...reading, retractedAt: Date.now() }]);
    expect(world.db.select().from(observations).where(eq(observations.id, reading.id)).get()).toMatchObject({
      retractedBy: world.ids.nurse,
      vitals: { pulse: 74 },
    });
  });
});
