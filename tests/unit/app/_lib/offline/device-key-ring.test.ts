/**
 * The password's copy of the device key, made after the key was handed back
 * (app/_lib/offline/device-key-ring.ts `storePasswordCopy`): stored into the ring as it is when the
 * copy is ready, and only while that is still the ring the copy belongs to.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { noteDeviceReachedServer, storePasswordCopy } from '@/app/_lib/offline/device-key-ring';
import { createKeyRing, unlockWithPassword, type OpenedRing } from '@/lib/offline/encryption/key-ring';
import { forgetKeyRing, readKeyRing, writeKeyRing } from '@/lib/offline/encryption/key-store';
import { stubLocalStorage } from '@/tests/support/memory-storage';

const userId = 'u-nurse';
const fast = 1_000;
const secret = () => crypto.getRandomValues(new Uint8Array(32));

/** A ring opened at a sign-in with `password`, stored as the key gate stores it, its copy still to come. */
async function signedIn(password: string): Promise<OpenedRing> {
  const opened = await createKeyRing(secret(), password, Date.now() - 3_600_000, fast);
  writeKeyRing(userId, opened.ring);
  return opened;
}

beforeEach(() => {
  stubLocalStorage();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the password's copy stored once made", () => {
  it('goes into the ring as it is then, keeping what changed meanwhile; the password then unlocks offline', async () => {
    const opened = await signedIn('correct horse');
    const storing = storePasswordCopy(userId, opened.ring.byServer, opened.passwordCopy!);
    // Before it is made: no copy yet on a new ring, so the password does not unlock offline.
    expect(readKeyRing(userId)?.byPassword).toBeNull();
    noteDeviceReachedServer(userId);
    const contact = readKeyRing(userId)!.lastServerContactAt;
    await storing;
    const ring = readKeyRing(userId)!;
    expect(ring.lastServerContactAt).toBe(contact);
    expect(contact).toBeGreaterThan(opened.ring.lastServerContactAt);
    expect((await unlockWithPassword(ring, 'correct horse')).key).not.toBeNull();
  });

  it('is dropped when the ring was removed meanwhile (a sign-out), and does not bring it back', async () => {
    const opened = await signedIn('correct horse');
    const storing = storePasswordCopy(userId, opened.ring.byServer, opened.passwordCopy!);
    forgetKeyRing(userId);
    await storing;
    expect(readKeyRing(userId)).toBeNull();
  });

  it('is dropped when another ring replaced it meanwhile', async () => {
    const first = await signedIn('old horse');
    const storing = storePasswordCopy(userId, first.ring.byServer, first.passwordCopy!);
    const second = await signedIn('new horse');
    await storing;
    expect(readKeyRing(userId)?.byServer).toBe(second.ring.byServer);
    expect(readKeyRing(userId)?.byPassword).toBeNull();
  });

  it('leaves the ring as it was when the copy could not be made', async () => {
    const opened = await signedIn('correct horse');
    await opened.passwordCopy;
    await storePasswordCopy(userId, opened.ring.byServer, Promise.reject(new Error('derivation failed')));
    expect(readKeyRing(userId)).toEqual(opened.ring);
  });
});
