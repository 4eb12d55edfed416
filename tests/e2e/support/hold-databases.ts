/**
 * Holds the opening of the device's RxDB databases on the page's next load (that one alone: the
 * tab's session storage remembers it) until the test lets it go, as a busy tablet is slow to open them: the timeline and its composer show from the device's
 * kept copy before. The held request says it is done, so that the app's watch for an opening stuck
 * in the browser (6 s, then a reload) leaves it.
 */
import { expect, type Page } from '@playwright/test';

export async function holdDeviceDatabases(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('test:databases-held')) return;
    sessionStorage.setItem('test:databases-held', '1');
    const realOpen = IDBFactory.prototype.open;
    const held: Array<() => void> = [];
    let released = false;
    (window as unknown as { releaseDatabases: () => void }).releaseDatabases = () => {
      released = true;
      for (const open of held.splice(0)) open();
    };
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (released || !name.startsWith('rxdb-dexie-renraku-')) return realOpen.call(this, name, version);
      const handlers: Record<string, ((event: Event) => void) | null> = {};
      let real: IDBOpenDBRequest | null = null;
      const late = new EventTarget() as IDBOpenDBRequest;
      for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
        Object.defineProperty(late, `on${type}`, { get: () => handlers[type] ?? null, set: (handler) => (handlers[type] = handler) });
      }
      for (const key of ['result', 'error', 'transaction'] as const)
        Object.defineProperty(late, key, { get: () => (real ? real[key] : null) });
      Object.defineProperty(late, 'readyState', { get: () => (real ? real.readyState : 'done') });
      held.push(() => {
        real = realOpen.call(this, name, version);
        for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
          real.addEventListener(type, (event) => handlers[type]?.call(late, event));
        }
      });
      return late;
    };
  });
}

/** Checks that the device's database has indeed not opened yet, then lets it open. */
export async function releaseDeviceDatabases(page: Page): Promise<void> {
  expect(await page.evaluate(() => performance.getEntriesByName('renraku:db-open').length)).toBe(0);
  await page.evaluate(() => (window as unknown as { releaseDatabases: () => void }).releaseDatabases());
}
