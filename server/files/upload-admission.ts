/**
 * How many uploads this process takes in at once, per user and in all: each holds a request open,
 * a temp file and a place in the image queue, so a burst (or someone scripting the file route)
 * must be told to come back later (429 with Retry-After) rather than queue without end.
 */
import 'server-only';

/** One device sends its files one at a time; a few devices of one person at once. */
export const maxUploadsPerUser = 3;
/** Two are processed at a time (image-capacity.ts); the rest wait, holding only their temp files. */
export const maxUploadsInAll = 10;
/** What a refused upload is told: the seconds to wait before trying again. */
export const uploadRetryAfterSeconds = 10;

const running = new Map<string, number>();
let total = 0;

/** A place for one upload of this user, to release when it is done; null when there is none. */
export function admitUpload(userId: string): { release: () => void } | null {
  const mine = running.get(userId) ?? 0;
  if (mine >= maxUploadsPerUser || total >= maxUploadsInAll) return null;
  running.set(userId, mine + 1);
  total += 1;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      total -= 1;
      const left = (running.get(userId) ?? 1) - 1;
      if (left > 0) running.set(userId, left);
      else running.delete(userId);
    },
  };
}
