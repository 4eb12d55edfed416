import { vi } from 'vitest';

/** Stubs `localStorage` with a map, returned for the test to read and fill (undo with `vi.unstubAllGlobals()`). */
export function stubLocalStorage(): Map<string, string> {
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
  return stored;
}
