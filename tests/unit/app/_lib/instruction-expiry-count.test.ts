import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  findInstructionExpiryCount,
  forgetInstructionExpiryCount,
  rememberInstructionExpiryCount,
} from '@/app/_lib/instruction-expiry-count';
import { stubLocalStorage } from '@/tests/support/memory-storage';

let stored: Map<string, string>;

beforeEach(() => {
  stored = stubLocalStorage();
});
afterEach(() => vi.unstubAllGlobals());

describe('the home warning’s remembered count', () => {
  it('is kept per user, as a count alone', () => {
    rememberInstructionExpiryCount('nurse', 2);
    expect(findInstructionExpiryCount('nurse')).toBe(2);
    expect(findInstructionExpiryCount('doctor')).toBe(0);
    expect([...stored.values()]).toEqual(['2']);
  });

  it('is forgotten when nothing is ending, and at sign-out', () => {
    rememberInstructionExpiryCount('nurse', 2);
    rememberInstructionExpiryCount('nurse', 0);
    expect(stored.size).toBe(0);
    rememberInstructionExpiryCount('nurse', 1);
    forgetInstructionExpiryCount('nurse');
    expect(findInstructionExpiryCount('nurse')).toBe(0);
  });

  it('reads anything else stored under its key as nothing, and at most 20 lines', () => {
    stored.set('renraku.instructionExpiry.nurse', 'lots');
    expect(findInstructionExpiryCount('nurse')).toBe(0);
    stored.set('renraku.instructionExpiry.nurse', '1e6');
    expect(findInstructionExpiryCount('nurse')).toBe(20);
  });

  it('gives nothing where storage is refused', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(() => rememberInstructionExpiryCount('nurse', 3)).not.toThrow();
    expect(findInstructionExpiryCount('nurse')).toBe(0);
  });
});
