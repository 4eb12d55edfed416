import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptJson, encryptJson } from '@/lib/offline/encryption/cipher';
import { opensAtOnce, sealingMemory } from '@/lib/offline/encryption/sealing-memory';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the sealing memory', () => {
  it('gives the same record with the same secret its sealed text again, and no other record that text', async () => {
    const key = await newKey();
    const memory = sealingMemory(key);
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    memory.turn('posts');
    const secret = { body: '発熱なし', recipientIds: [] };
    const sealed = await memory.seal('posts', 'a', secret);
    expect(await memory.seal('posts', 'a', secret)).toBe(sealed);
    // The same values (as a pulled post's server state holds its document's): no second cipher call.
    expect(await memory.seal('posts', 'a', { ...secret })).toBe(sealed);
    expect(encrypt).toHaveBeenCalledTimes(1);
    // Equal but not the same values: sealed again (a cipher call spent, nothing wrong).
    const again = await memory.seal('posts', 'a', { body: '発熱なし', recipientIds: [] });
    expect(again).not.toBe(sealed);
    expect(await decryptJson(key, again)).toEqual(secret);
    // Another record with equal content: its own message, so equal contents stay unseen at rest.
    expect(await memory.seal('posts', 'b', secret)).not.toBe(sealed);
    expect(await memory.seal('comments', 'a', secret)).not.toBe(sealed);
    // A changed secret is sealed anew.
    expect(await memory.seal('posts', 'a', { ...secret, body: '37.8℃' })).not.toBe(sealed);
    expect(encrypt).toHaveBeenCalledTimes(5);
    // Every text opens with the key alone.
    expect(await decryptJson(key, sealed)).toEqual(secret);
  });

  it('opens what it sealed without the cipher, and goes back to the cipher two writes later, after a while, or once forgotten', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const key = await newKey();
    const memory = sealingMemory(key, 10_000);
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const seal = async (id: string) => {
      memory.turn('posts');
      return memory.seal('posts', id, { body: id });
    };
    const first = await seal('first');
    expect(await memory.open('posts', 'first', first)).toEqual({ body: 'first' });
    await seal('second');
    expect(await memory.open('posts', 'first', first)).toEqual({ body: 'first' }); // the write before the last
    expect(decrypt).not.toHaveBeenCalled();
    await seal('third');
    expect(await memory.open('posts', 'first', first)).toEqual({ body: 'first' });
    expect(decrypt).toHaveBeenCalledTimes(1);

    // A sealed text that is not the one remembered for its record is opened by the cipher (and GCM checks it).
    await expect(memory.open('posts', 'second', first)).resolves.toEqual({ body: 'first' });
    expect(decrypt).toHaveBeenCalledTimes(2);

    const fourth = await seal('fourth');
    vi.advanceTimersByTime(10_001);
    expect(await memory.open('posts', 'fourth', fourth)).toEqual({ body: 'fourth' });
    expect(decrypt).toHaveBeenCalledTimes(3);

    const fifth = await seal('fifth');
    memory.forget();
    expect(await memory.open('posts', 'fifth', fifth)).toEqual({ body: 'fifth' });
    expect(decrypt).toHaveBeenCalledTimes(4);
  });

  it(`opens at most ${opensAtOnce} records in WebCrypto at once, so that a sealing asked meanwhile waits behind those few, not behind a whole collection`, async () => {
    const key = await newKey();
    const count = 2_000;
    const sealedTexts = await Promise.all(Array.from({ length: count }, (_, index) => encryptJson(key, { body: `記録 ${index}` })));
    const memory = sealingMemory(key);
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    let inCipher = 0;
    let most = 0;
    let opened = 0;
    let sealing: Promise<string> | null = null;
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation(async (...args) => {
      inCipher += 1;
      most = Math.max(most, inCipher);
      try {
        return await decrypt(...args);
      } finally {
        inCipher -= 1;
        opened += 1;
        // A post written while the openings are under way.
        if (opened === 1) sealing = memory.seal('posts', 'new', { body: '訪問しました。' });
      }
    });
    // The cipher runs its calls in the order asked: a sealing waits behind the openings asked before it.
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let aheadOfSealing = NaN;
    vi.spyOn(crypto.subtle, 'encrypt').mockImplementation((...args) => {
      aheadOfSealing = inCipher;
      return encrypt(...args);
    });
    // A whole collection read.
    const reading = Promise.all(sealedTexts.map((sealed, index) => memory.open('posts', `p${index}`, sealed)));
    await vi.waitFor(() => expect(sealing).not.toBeNull());
    await sealing;
    expect((await reading).map((secret) => secret.body)).toEqual(sealedTexts.map((_, index) => `記録 ${index}`));
    expect(most).toBe(opensAtOnce);
    // All 2,000 asked at once, nearly all of them were ahead of it.
    expect(aheadOfSealing).toBeGreaterThan(0);
    expect(aheadOfSealing).toBeLessThanOrEqual(opensAtOnce);
  });
});
