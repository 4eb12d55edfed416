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

describe('loadDeviceCodePatiently', () => {
  afterEach(() => vi.useRealTimers());

  it('tries again after 1 s and 3 s, and answers null when the code never comes', async () => {
    vi.useFakeTimers();
    let loads = 0;
    vi.doMock('@/lib/offline/device-code', () => {
      loads += 1;
      throw new Error('chunk failed to load');
    });
    const code = await import('@/app/_lib/offline/device-code');
    const loaded = code.loadDeviceCodePatiently();
    await vi.advanceTimersByTimeAsync(999);
    expect(loads).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(loads).toBe(2);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(loads).toBe(3);
    await expect(loaded).resolves.toBeNull();
  });

  it('answers the code once a later try loads it', async () => {
    vi.useFakeTimers();
    let loads = 0;
    const removeUserDatabases = vi.fn();
    vi.doMock('@/lib/offline/device-code', () => {
      loads += 1;
      if (loads === 1) throw new Error('chunk failed to load');
      return { removeUserDatabases };
    });
    const code = await import('@/app/_lib/offline/device-code');
    const loaded = code.loadDeviceCodePatiently();
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(loaded).resolves.toMatchObject({ removeUserDatabases });
    expect(loads).toBe(2);
  });
});
