/**
 * What the device's search index holds: the records the server sent this user, live as they
 * change — and never a private post (特別便) not addressed to them, nor its comments or files,
 * even when such a document is on the device.
 */
import { describe, expect, it } from 'vitest';
import { firstValueFrom, filter } from 'rxjs';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import { commentDoc } from '@/tests/support/sync-docs';
import { deviceSearchFor, type DeviceSearch } from '@/app/_lib/search/device-search';
import {
  createTeam,
  freshWorldPerTest,
  newPost,
  openDevice,
  settle,
  type DeviceCollection,
} from '@/tests/integration/offline/offline-world';

const fresh = freshWorldPerTest();

const searchCollections = ['patients', 'members', 'posts', 'comments', 'attachments', 'forms'] as unknown as DeviceCollection[];

function attachment(postId: string, patientId: string, uploadedBy: string, fileName: string): AttachmentDoc {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    postId,
    patientId,
    uploadedBy,
    kind: 'document',
    fileName,
    mime: 'application/pdf',
    size: 1,
    width: 0,
    height: 0,
    variants: ['document'],
    clientCreatedAt: now,
    serverCreatedAt: now,
    updatedAt: now,
  };
}

/** Waits for the index to have applied at least `version` changes, then asks it. */
async function ask(search: DeviceSearch, query: string, version = 1): Promise<string[]> {
  await firstValueFrom(search.status.pipe(filter((status) => status.ready && status.version >= version)));
  const answer = await search.search(query, null);
  return answer.hits.map((hit) => hit.text);
}

describe('the device search index', () => {
  it('holds what the server sent: the author finds a private post, another team member does not', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor', 'caremanager']);
    const nurse = await openDevice(fresh.db, world.users.nurse!.id, 'nurse');
    const caremanager = await openDevice(fresh.db, world.users.caremanager!.id, 'caremanager', searchCollections);
    fresh.devices.push(nurse, caremanager);

    const shared = newPost(patientId, nurse.userId, '仙骨部の褥瘡処置を行いました。');
    const secret = {
      ...newPost(patientId, nurse.userId, '告知の件：褥瘡の悪化について'),
      visibility: 'private' as const,
      recipientIds: [world.users.doctor!.id],
    };
    await nurse.rxdb.posts.bulkInsert([shared, secret]);
    await nurse.rxdb.comments.bulkInsert([
      commentDoc({ id: secret.id, patientId }, nurse.userId, '告知は来週に'),
      commentDoc({ id: shared.id, patientId }, nurse.userId, 'ガーゼ交換も済み'),
    ]);
    await settle([nurse, caremanager]);

    const mine = deviceSearchFor(nurse.rxdb, nurse.userId);
    expect(await ask(mine, '告知')).toEqual(['告知は来週に', '告知の件：褥瘡の悪化について']);

    expect(await caremanager.rxdb.posts.count().exec()).toBe(1);
    const theirs = deviceSearchFor(caremanager.rxdb, caremanager.userId);
    expect(await ask(theirs, '褥瘡')).toEqual(['仙骨部の褥瘡処置を行いました。']);
    expect(await ask(theirs, '告知')).toEqual([]);
    expect(await ask(theirs, 'ｶﾞｰｾﾞ')).toEqual(['ガーゼ交換も済み']);
  });

  it('leaves out a private post not for me, its comments and its files, even when they are on the device; follows changes live', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'caremanager']);
    const caremanager = await openDevice(fresh.db, world.users.caremanager!.id, 'caremanager', searchCollections);
    fresh.devices.push(caremanager);
    await settle([caremanager]);
    // Written straight into the device's database, as if a copy had stayed behind: nothing is sent.
    await caremanager.replication.stop();
    const nurseId = world.users.nurse!.id;
    const secret = { ...newPost(patientId, nurseId, '告知の件'), visibility: 'private' as const, recipientIds: [] };
    const toMe = { ...newPost(patientId, nurseId, '告知の相談'), visibility: 'private' as const, recipientIds: [caremanager.userId] };
    const shared = newPost(patientId, nurseId, '訪問予定の変更');
    await caremanager.rxdb.posts.bulkInsert([secret, toMe, shared]);
    await caremanager.rxdb.comments.insert(commentDoc({ id: secret.id, patientId }, nurseId, '告知のコメント'));
    await caremanager.rxdb.attachments.bulkInsert([
      attachment(secret.id, patientId, nurseId, '告知資料.pdf'),
      attachment(shared.id, patientId, nurseId, '訪問予定表.pdf'),
    ]);

    const search = deviceSearchFor(caremanager.rxdb, caremanager.userId);
    expect(await ask(search, '告知')).toEqual(['告知の相談']);
    expect(await ask(search, '予定')).toEqual(['訪問予定表.pdf', '訪問予定の変更']);
    expect((await search.search('告知', patientId)).total).toBe(1);
    expect((await search.search('告知', crypto.randomUUID())).total).toBe(0);

    // An edit reaches the index; so does a removal.
    const version = (await firstValueFrom(search.status)).version;
    await (await caremanager.rxdb.posts.findOne(shared.id).exec())!.incrementalPatch({ body: '訪問時間の変更' });
    expect(await ask(search, '予定', version + 1)).toEqual(['訪問予定表.pdf']);
    await (await caremanager.rxdb.posts.findOne(toMe.id).exec())!.remove();
    expect(await ask(search, '告知', version + 2)).toEqual([]);
  });
});
