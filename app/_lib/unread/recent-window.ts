/**
 * Where the last `size` posts to reach this device begin, by `updatedAt` (the server's sequence
 * number, readable and indexed): found with index counts only, so nothing is decrypted. Posts
 * written here and not yet sent (`updatedAt` 0) are my own, never unread, and fall outside.
 */
import type { RenrakuDatabase } from '@/lib/offline/collections';

export async function findRecentWindow(db: RenrakuDatabase, size: number): Promise<number> {
  const countFrom = (since: number) => db.posts.count({ selector: { updatedAt: { $gte: since } } }).exec();
  if ((await countFrom(1)) <= size) return 1;
  // Find a bound above every sequence number, then bisect for the lowest one that keeps `size`.
  let high = 1024;
  while ((await countFrom(high)) > 0) high *= 2;
  let low = 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if ((await countFrom(middle)) >= size) low = middle;
    else high = middle;
  }
  return low;
}
