/** TOTP against RFC 6238's SHA-1 vectors (last six digits), the ±1 step window and replay refusal. */
import { describe, expect, it } from 'vitest';
import { formatTotpSecret, generateTotpSecret, matchTotpStep, parseTotpSecret, totpCodeAt, totpStepAt } from '@/server/auth/totp';
import { generateRecoveryCodes, hashRecoveryCode } from '@/server/auth/recovery-codes';

const rfcSecret = new TextEncoder().encode('12345678901234567890');

describe('totp', () => {
  it.each([
    [59, '287082'],
    [1_111_111_109, '081804'],
    [1_234_567_890, '005924'],
  ])('at %i s the code is %s', (seconds, code) => {
    const at = new Date(seconds * 1000);
    expect(totpCodeAt(rfcSecret, totpStepAt(at))).toBe(code);
    expect(matchTotpStep(rfcSecret, code, at, null)).toBe(totpStepAt(at));
  });

  it('accepts one step either side, not two, and only steps after the last used', () => {
    const now = new Date(1_700_000_000_000);
    const step = totpStepAt(now);
    for (const offset of [-1, 0, 1]) expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, step + offset), now, null)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, step + offset), now, null)).toBeNull();
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, step), now, step)).toBeNull();
    expect(matchTotpStep(rfcSecret, totpCodeAt(rfcSecret, step + 1), now, step)).toBe(step + 1);
    expect(
      matchTotpStep(rfcSecret, ` ${totpCodeAt(rfcSecret, step).slice(0, 3)} ${totpCodeAt(rfcSecret, step).slice(3)} `, now, null),
    ).toBe(step);
    expect(matchTotpStep(rfcSecret, '12345', now, null)).toBeNull();
  });

  it('makes 160-bit keys that read back as typed', () => {
    const secret = generateTotpSecret();
    expect(secret).toHaveLength(20);
    const shown = formatTotpSecret(secret);
    expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(parseTotpSecret(shown.toLowerCase())).toEqual(secret);
    expect(parseTotpSecret('AAAA')).toBeNull();
  });
});

describe('recovery codes', () => {
  it('are ten distinct codes whose hash ignores case, spaces and the hyphen', () => {
    const codes = generateRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    const [code = ''] = codes;
    expect(hashRecoveryCode(` ${code.toUpperCase().replace('-', ' ')} `)).toEqual(hashRecoveryCode(code));
  });
});
