/**
 * How much of the server image work may take: it runs on 2 cores beside the app, so a burst of
 * uploads (a tablet coming back online with twenty photos) must queue, not decode twenty at once.
 */
import 'server-only';
import sharp from 'sharp';

/** Images processed at the same time; the rest wait their turn in order. */
export const maxConcurrentImages = 2;

// One libvips worker thread per pipeline: an image's variants already run side by side (one
// pipeline each on libuv's pool), so more threads per pipeline only fight over the two cores.
sharp.concurrency(1);
// libvips' operation cache keeps decoded images for reuse; we never process the same input twice,
// so it would only hold memory.
sharp.cache(false);

let running = 0;
const waiting: Array<() => void> = [];

async function acquire(): Promise<void> {
  if (running < maxConcurrentImages) {
    running += 1;
    return;
  }
  // The slot is handed over by release(), so `running` stays counted while it passes.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

export async function withImageSlot<T>(work: () => Promise<T>): Promise<T> {
  await acquire();
  try {
    return await work();
  } finally {
    release();
  }
}
