import { describe, expect, it } from 'vitest';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { PostDoc } from '@/lib/schemas/post';
import { forgetScreenCopies, largestCopy, screenCopies } from '@/lib/offline/screen-copies';
import { keptCopies, timelineCopies, type TimelineCopy } from '@/lib/offline/timeline-copy';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

function memoryStorage(quota = Infinity) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const used = [...items].reduce((sum, [k, v]) => sum + (k === key ? 0 : v.length), 0);
      if (used + value.length > quota) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

function copyOf(patientId: string, body = '右踵の発赤 2cm、浸出液なし', savedAt = 1_000): TimelineCopy {
  const patient = { id: patientId, name: '山田 花子', nameKana: 'やまだ はなこ' } as PatientDoc;
  const post = { id: `post-${patientId}`, patientId, authorId: 'nurse', body, recipientIds: [] } as unknown as PostDoc;
  return {
    patient,
    teamSize: 4,
    posts: [post],
    hasEarlier: true,
    people: [{ id: 'nurse', displayName: '佐々木 由美' } as TimelineCopy['people'][number]],
    savedAt,
  };
}

describe('the sealed screen copies', () => {
  it('keeps the first screen sealed and gives it back whole to the same key', async () => {
    const storage = memoryStorage();
    const key = await newKey();
    const copies = timelineCopies('user-1', key, storage);
    expect(await copies.save(copyOf('p1'))).toBe(true);
    const stored = [...storage.items.values()].join('');
    // Nothing of the patient or the post is readable at rest; only the record's opaque id.
    for (const secret of ['山田', 'やまだ', '右踵', '佐々木', 'nurse']) expect(stored).not.toContain(secret);
    expect(await copies.read('p1')).toEqual(copyOf('p1'));
    expect(await copies.read('p2')).toBeNull();
  });

  it('opens for no other key, and drops what it cannot open', async () => {
    const storage = memoryStorage();
    await timelineCopies('user-1', await newKey(), storage).save(copyOf('p1'));
    const otherKey = timelineCopies('user-1', await newKey(), storage);
    expect(await otherKey.read('p1')).toBeNull();
    expect(otherKey.patientIds()).toEqual([]);
  });

  it('refuses a copy moved under another patient', async () => {
    const storage = memoryStorage();
    const copies = timelineCopies('user-1', await newKey(), storage);
    await copies.save(copyOf('p1'));
    const [entry, raw] = [...storage.items][0]!;
    storage.setItem(entry, raw.replace('"id":"p1"', '"id":"p2"'));
    expect(await copies.read('p2')).toBeNull();
  });

  it(`keeps the ${keptCopies} most recently saved patients, one copy each`, async () => {
    const storage = memoryStorage();
    const copies = timelineCopies('user-1', await newKey(), storage);
    for (const [index, id] of ['p1', 'p2', 'p3', 'p4'].entries()) await copies.save(copyOf(id, 'x', 1_000 + index));
    await copies.save(copyOf('p2', '更新', 2_000));
    expect(copies.patientIds()).toEqual(['p2', 'p4', 'p3']);
    expect((await copies.read('p2'))?.posts[0]?.body).toBe('更新');
  });

  it('does not keep a copy too large, or one the storage has no room for, and keeps the others', async () => {
    const storage = memoryStorage(20_000);
    const copies = timelineCopies('user-1', await newKey(), storage);
    await copies.save(copyOf('p1'));
    expect(await copies.save(copyOf('p1', 'あ'.repeat(largestCopy)))).toBe(false);
    // The old copy of that patient goes too: it would show an older screen than the live one.
    expect(copies.patientIds()).toEqual([]);
    await copies.save(copyOf('p2'));
    expect(await copies.save(copyOf('p3', 'い'.repeat(8_000)))).toBe(false);
    expect(copies.patientIds()).toEqual(['p2']);
  });

  it('forgets a patient, even while that patient is being saved, and everything at a wipe', async () => {
    const storage = memoryStorage();
    const copies = timelineCopies('user-1', await newKey(), storage);
    await copies.save(copyOf('p1'));
    const saving = copies.save(copyOf('p2'));
    copies.forgetPatients(['p2']);
    expect(await saving).toBe(false);
    expect(copies.patientIds()).toEqual(['p1']);
    copies.forgetPatients(['p1']);
    expect(storage.items.size).toBe(0);

    await copies.save(copyOf('p1'));
    const others = timelineCopies('user-2', await newKey(), storage);
    await others.save(copyOf('p9'));
    forgetScreenCopies('user-1', storage);
    expect(copies.patientIds()).toEqual([]);
    expect(others.patientIds()).toEqual(['p9']);
  });

  it('drops a copy showing several patients when any of them goes, and keeps one screen apart from another', async () => {
    const storage = memoryStorage();
    const key = await newKey();
    const feed = screenCopies<{ groups: string[] }>('whatsNew', 'user-1', key, 1, storage);
    const timelines = timelineCopies('user-1', key, storage);
    await feed.save('feed', ['p1', 'p2'], { groups: ['p1', 'p2'] }, 1);
    await timelines.save(copyOf('p1'));
    expect(feed.patientIds()).toEqual(['p1', 'p2']);
    // A copy is read under its own screen and id only.
    expect(await feed.read('p1')).toBeNull();
    expect(await timelines.read('feed')).toBeNull();

    feed.forgetPatients(['p2']);
    expect(await feed.read('feed')).toBeNull();
    expect(timelines.patientIds()).toEqual(['p1']);
    await feed.save('feed', ['p1'], { groups: ['p1'] }, 2);
    // The patient list's copy goes in the same wipe.
    const list = screenCopies<{ patients: string[] }>('patients', 'user-1', key, 1, storage);
    await list.save('list', ['p1', 'p3'], { patients: ['p1', 'p3'] }, 3);
    expect(await list.read('list')).toEqual({ patients: ['p1', 'p3'] });
    forgetScreenCopies('user-1', storage);
    expect(storage.items.size).toBe(0);
  });
});
