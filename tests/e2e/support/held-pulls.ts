/** A device's pulls of one collection held on their way, to see the app before that collection comes. */
import type { Page } from '@playwright/test';

export interface HeldPulls {
  /** Whether the app has asked for the collection since it was held. */
  asked(): boolean;
  /** Lets every pull held, and every one after, through. */
  release(): void;
}

/** Holds `page`'s pulls of `collection` (`GET /api/sync/pull`) until `release()`. */
export async function holdPulls(page: Page, collection: string): Promise<HeldPulls> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(
    (url) => url.pathname === '/api/sync/pull' && url.searchParams.get('collection') === collection,
    async (route) => {
      asked = true;
      await held;
      await route.continue();
    },
  );
  return { asked: () => asked, release };
}
