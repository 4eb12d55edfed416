/**
 * The wipe through the device database's code loaded apart (app/_lib/offline/device-code.ts): it
 * goes through RxDB's removal when the code loads, and still deletes the databases by name when
 * it does not — a sign-out never leaves a user's data behind for a script that failed to load.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const forgetUserDatabases = vi.fn(async (_userId: string) => undefined);
vi.mock('@/lib/offline/forget-user', () => ({ forgetUserDatabases }));

afterEach(() => {
  vi.doUnmock('@/lib/offline/device-code');
  vi.resetModules();
  forgetUserDatabases.mockClear();
});

describe('removeUserDatabases', () => {
  it('has RxDB remove the databases when the code loads', async () => {
    const removeUserDatabases = vi.fn(async (_userId: string) => undefined);
    vi.doMock('@/lib/offline/device-code', () => ({ removeUserDatabases }));
    const code = await import('@/app/_lib/offline/device-code');
    await code.removeUserDatabases('u-nurse');
    expect(removeUserDatabases).toHaveBeenCalledWith('u-nurse');
    expect(forgetUserDatabases).not.toHaveBeenCalled();
  });

  it('deletes them by name when the code does not load, and tries the code again next time', async () => {
    let loads = 0;
    vi.doMock('@/lib/offline/device-code', () => {
      loads += 1;
      throw new Error('chunk failed to load');
    });
    const code = await import('@/app/_lib/offline/device-code');
    await code.removeUserDatabases('u-nurse');
    expect(forgetUserDatabases).toHaveBeenCalledWith('u-nurse');
    await expect(code.loadDeviceCode()).rejects.toThrow();
    expect(loads).toBe(2);
  });
});
