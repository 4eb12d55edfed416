/** The data key's wrapping: what unlocks it, what does not, and that nothing is ever sealed twice alike. */
import { describe, expect, it } from 'vitest';
import {
  decryptJson,
  encryptBytes,
  encryptJson,
  fromBase64,
  fromBase64Fallback,
  toBase64,
  toBase64Fallback,
} from '@/lib/offline/encryption/cipher';
import {
  adoptServerSecret,
  createKeyRing,
  enforceOfflineLimit,
  maxFailedUnlocks,
  passwordIterations,
  unlockWithPassword,
  unlockWithServer,
  withPasswordCopy,
} from '@/lib/offline/encryption/key-ring';

const secret = () => crypto.getRandomValues(new Uint8Array(32));
const fast = 1_000; // iterations for the tests that are not about the derivation's cost
const record = { name: '山田 花子', body: '仙骨部に発赤 2cm' };

describe('the key ring', () => {
  it('derives the password key with 600,000 PBKDF2 iterations by default', async () => {
    const { ring } = await createKeyRing(secret(), 'correct horse', Date.now());
    expect(ring.iterations).toBe(passwordIterations);
    expect(passwordIterations).toBeGreaterThanOrEqual(600_000);
  });

  it('unlocks with the password or the server secret to the same key, never with a wrong one', async () => {
    const server = secret();
    const created = await createKeyRing(server, 'correct horse', Date.now(), fast);
    const { key } = created;
    const ring = await withPasswordCopy(created);
    const sealed = await encryptJson(key, record);
    const byPassword = await unlockWithPassword(ring, 'correct horse');
    expect(await decryptJson(byPassword.key!, sealed)).toEqual(record);
    const byServer = await unlockWithServer(ring, server, null);
    expect(await decryptJson(byServer.key, sealed)).toEqual(record);

    const wrong = await unlockWithPassword(ring, 'wrong horse');
    expect(wrong.key).toBeNull();
    expect(wrong.ring.failedUnlocks).toBe(1);
    await expect(unlockWithServer(ring, secret(), null)).rejects.toThrow();
  });

  it('keeps the key non-extractable: it cannot be exported from memory', async () => {
    const { key } = await createKeyRing(secret(), null, Date.now(), fast);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('deletes the password copy after five wrong passwords; the server secret still unlocks and restores it', async () => {
    const server = secret();
    let ring = await withPasswordCopy(await createKeyRing(server, 'correct horse', Date.now(), fast));
    for (let attempt = 0; attempt < maxFailedUnlocks; attempt += 1) ring = (await unlockWithPassword(ring, `guess ${attempt}`)).ring;
    expect(ring.byPassword).toBeNull();
    expect((await unlockWithPassword(ring, 'correct horse')).key).toBeNull();
    const online = await unlockWithServer(ring, server, 'correct horse');
    expect(online.ring.failedUnlocks).toBe(0);
    expect((await unlockWithPassword(await withPasswordCopy(online), 'correct horse')).key).not.toBeNull();
  });

  it("hands the key back before the password's copy is made; the ring keeps its old copy until the new one is stored", async () => {
    const server = secret();
    const before = await withPasswordCopy(await createKeyRing(server, 'old horse', Date.now(), fast));
    const opened = await unlockWithServer(before, server, 'new horse');
    // The key works at once; the copy for the new password is still being derived.
    const sealed = await encryptJson(opened.key, record);
    let made = false;
    void opened.passwordCopy!.then(() => (made = true));
    await Promise.resolve();
    expect(made).toBe(false);
    expect(opened.ring.byPassword).toBe(before.byPassword);
    expect((await unlockWithPassword(opened.ring, 'old horse')).key).not.toBeNull();

    const after = await withPasswordCopy(opened);
    expect(after.byPassword).not.toBe(before.byPassword);
    expect((await unlockWithPassword(after, 'old horse')).key).toBeNull();
    const byNew = await unlockWithPassword(after, 'new horse');
    expect(await decryptJson(byNew.key!, sealed)).toEqual(record);
    // Without a password nothing is derived and the copy stays.
    const plain = await unlockWithServer(after, server, null);
    expect(plain.passwordCopy).toBeNull();
    expect(plain.ring.byPassword).toBe(after.byPassword);
  });

  it("a new device secret adopted with the password keeps the password's copy as it is", async () => {
    const ring = await withPasswordCopy(await createKeyRing(secret(), 'correct horse', Date.now(), fast));
    const newSecret = secret();
    const adopted = await adoptServerSecret(ring, 'correct horse', newSecret);
    expect(adopted?.passwordCopy).toBeNull();
    expect(adopted?.ring.byPassword).toBe(ring.byPassword);
    expect((await unlockWithServer(adopted!.ring, newSecret, null)).key).toBeTruthy();
    expect((await unlockWithPassword(adopted!.ring, 'correct horse')).key).not.toBeNull();
    expect(await adoptServerSecret(ring, 'wrong horse', newSecret)).toBeNull();
  });

  it('past the offline limit only the server unlocks', async () => {
    const server = secret();
    const ring = await withPasswordCopy(await createKeyRing(server, 'correct horse', 1_000, fast));
    const limited = enforceOfflineLimit(ring, 72 * 3_600_000, 1_000 + 72 * 3_600_000 + 1);
    expect(limited.byPassword).toBeNull();
    expect(enforceOfflineLimit(ring, 72 * 3_600_000, 1_000 + 3_600_000).byPassword).toBe(ring.byPassword);
    expect((await unlockWithServer(limited, server, null)).key).toBeTruthy();
  });
});

describe('sealed records', () => {
  it('refuse a record altered by a single bit', async () => {
    const { key } = await createKeyRing(secret(), null, Date.now(), fast);
    const sealed = fromBase64(await encryptJson(key, record));
    for (const position of [0, 12, sealed.length - 1]) {
      const tampered = sealed.slice();
      tampered[position]! ^= 1;
      await expect(decryptJson(key, toBase64(tampered.buffer))).rejects.toThrow();
    }
  });

  it('never repeat an IV: ten thousand seals of the same text are all different', async () => {
    const { key } = await createKeyRing(secret(), null, Date.now(), fast);
    const ivs = new Set<string>();
    const plain = new TextEncoder().encode('same text');
    for (let index = 0; index < 10_000; index += 1) ivs.add(toBase64((await encryptBytes(key, plain)).slice(0, 12)));
    expect(ivs.size).toBe(10_000);
  });
});

describe("base64 without the browser's own", () => {
  it('writes and reads what Node writes, for every length around its 1 KB pieces and padding', () => {
    for (const length of [0, 1, 2, 3, 4, 1023, 1024, 1025, 2047, 2048, 2049, 5000]) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const expected = Buffer.from(bytes).toString('base64');
      expect(toBase64Fallback(bytes)).toBe(expected);
      expect(Array.from(fromBase64Fallback(expected))).toEqual(Array.from(bytes));
    }
  });
});
