import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '@/server/auth/password';

describe('password hashing', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const [first, second] = await Promise.all([hashPassword('Kangoshi-2024-ok!'), hashPassword('Kangoshi-2024-ok!')]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Kangoshi-2024-ok!');
    expect(await verifyPassword(hash, 'Kangoshi-2024-ok!')).toBe(true);
    expect(await verifyPassword(hash, 'Kangoshi-2024-ok?')).toBe(false);
  });

  it('treats composed and decomposed Unicode the same (NFC)', async () => {
    const hash = await hashPassword('ガッコウ-2024-pw!'); // composed ガ
    expect(await verifyPassword(hash, 'カ\u3099ッコウ-2024-pw!')).toBe(true);
  });

  it('answers false, not an exception, for a garbage hash', async () => {
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
    await expect(verifyPassword('', 'anything')).resolves.toBe(false);
  });

  it('never matches through the decoy', async () => {
    await expect(verifyAgainstDecoy('decoy-password-never-matches-#1')).resolves.toBe(false);
  });
});
