/**
 * Where the last `size` posts (or comments) to reach this device begin, by `updatedAt` (the
 * server's sequence number, readable and indexed): found with index counts only, so nothing is
 * decrypted. Those written here and not yet sent (`updatedAt` 0) are my own, never unread, and fall outside.
 */
import type { RenrakuDatabase } from '@/lib/offline/collections';

/** Where a window of at least `size` posts and at most twice as many begins (everything, when there are fewer). */
export async function findRecentWindow(db: RenrakuDatabase, size: number, collection: 'posts' | 'comments' = 'posts'): Promise<number> {
  const countFrom = (since: number) =>
    (db[collection] as RenrakuDatabase['posts']).count({ selector: { updatedAt: { $gte: since } } }).exec();
  if ((await countFrom(1)) <= size) return 1;
  // Find a bound above every sequence number, then bisect until the window holds size…2×size posts.
  let high = 1024;
  while ((await countFrom(high)) > 0) high *= 2;
  let low = 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const count = await countFrom(middle);
    if (count < size) high = middle;
    else if (count <= 2 * size) return middle;
    else low = middle;
  }
  return low;
}
