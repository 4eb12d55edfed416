/**
 * Where the newest `size` posts of a patient begin. The window then stays put while new posts
 * arrive (they are added at the bottom, none drop off the top under the reader's eyes).
 * Without a category it is found with index counts only: the device's storage cannot walk an
 * index backwards, so "the newest 60, sorted descending" would read every post of the patient.
 */
import type { PostCategory } from '@/lib/domain/categories';
import type { RenrakuDatabase } from '@/lib/offline/collections';

const second = 1_000;
const minute = 60_000;
const hour = 3_600_000;

export interface TimelineWindow {
  /** The earliest `clientCreatedAt` in the window (0: the whole timeline). */
  since: number;
  /** How many posts lie before the window. */
  earlier: number;
}

export async function findTimelineWindow(
  db: RenrakuDatabase,
  patientId: string,
  size: number,
  category: PostCategory | null,
  reaching: number | null = null,
): Promise<TimelineWindow> {
  const window = await findWindow(db, patientId, size, category);
  if (reaching === null || reaching >= window.since) return window;
  const before = { patientId, ...(category ? { category } : {}), clientCreatedAt: { $lt: reaching } };
  // Whether any lies before is all the screen needs (a count by category would read every post).
  return { since: reaching, earlier: (await db.posts.findOne({ selector: before }).exec()) ? 1 : 0 };
}

async function findWindow(db: RenrakuDatabase, patientId: string, size: number, category: PostCategory | null): Promise<TimelineWindow> {
  if (category) {
    // Index counts cannot filter by category: a filtered view reads the patient's posts once.
    const newest = await db.posts.find({ selector: { patientId, category }, sort: [{ clientCreatedAt: 'desc' }], limit: size + 1 }).exec();
    const oldest = newest[size - 1];
    return newest.length > size && oldest ? { since: oldest.clientCreatedAt, earlier: 1 } : { since: 0, earlier: 0 };
  }
  return findWindowByCounts(db, patientId, size, Date.now());
}

/** A window may hold up to this many times the posts asked for: each narrowing step is another count. */
const slack = 1.5;

async function findWindowByCounts(db: RenrakuDatabase, patientId: string, size: number, now: number): Promise<TimelineWindow> {
  const countFrom = (since: number) => db.posts.count({ selector: { patientId, clientCreatedAt: { $gte: since } } }).exec();
  const total = await countFrom(0);
  if (total <= size) return { since: 0, earlier: 0 };
  // Bracket where the window starts: from `wide` it holds at least `size` posts, from `narrow`
  // fewer. Start an hour back; a sparse timeline widens the hour, a dense one (many posts an
  // hour: a busy day, an import) narrows it — else the window would hold thousands of posts.
  let span = hour;
  let wideCount = await countFrom(now - span);
  if (wideCount >= size) {
    while (span > minute) {
      const closerCount = await countFrom(now - span / 2);
      if (closerCount < size) break;
      span /= 2;
      wideCount = closerCount;
    }
  } else {
    while (wideCount < size && now - span > 0) {
      span *= 2;
      wideCount = await countFrom(Math.max(0, now - span));
    }
  }
  let wide = Math.max(0, now - span);
  let narrow = Math.max(0, now - span / 2);
  // …then narrow it down until it holds not many more posts than asked for.
  for (let step = 0; step < 8 && wideCount > size * slack && narrow - wide > second; step += 1) {
    const middle = Math.floor((wide + narrow) / 2);
    const middleCount = await countFrom(middle);
    if (middleCount >= size) {
      wide = middle;
      wideCount = middleCount;
    } else {
      narrow = middle;
    }
  }
  return { since: wide, earlier: wide === 0 ? 0 : total - wideCount };
}
