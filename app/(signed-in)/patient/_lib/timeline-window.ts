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

export interface TimelineWindow {
  /** The earliest `clientCreatedAt` in the window (0: the whole timeline). */
  since: number;
  /** Whether any post lies before the window. */
  hasEarlier: boolean;
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
  return { since: reaching, hasEarlier: await anyBefore(db, patientId, reaching, category) };
}

/** Whether the patient has a post (of the category) before `time`: one index step, not a count. */
async function anyBefore(db: RenrakuDatabase, patientId: string, time: number, category: PostCategory | null): Promise<boolean> {
  const selector = { patientId, ...(category ? { category } : {}), clientCreatedAt: { $lt: time } };
  return (await db.posts.findOne({ selector, sort: [{ clientCreatedAt: 'asc' }] }).exec()) !== null;
}

async function findWindow(db: RenrakuDatabase, patientId: string, size: number, category: PostCategory | null): Promise<TimelineWindow> {
  if (category) {
    // Index counts cannot filter by category: a filtered view reads the patient's posts once.
    const newest = await db.posts.find({ selector: { patientId, category }, sort: [{ clientCreatedAt: 'desc' }], limit: size + 1 }).exec();
    const oldest = newest[size - 1];
    return newest.length > size && oldest ? { since: oldest.clientCreatedAt, hasEarlier: true } : { since: 0, hasEarlier: false };
  }
  return findWindowByCounts(db, patientId, size, Date.now());
}

/** A window may hold up to this many times the posts asked for: each narrowing step is another count. */
const slack = 1.5;
/** The first span looked at; each widening takes four times as much. */
const firstSpan = 15 * minute;

async function findWindowByCounts(db: RenrakuDatabase, patientId: string, size: number, now: number): Promise<TimelineWindow> {
  // Counting a range costs in proportion to the posts in it (IndexedDB walks the index), so the
  // ranges grow from small: a quarter hour back, four times wider each step, until it holds
  // enough posts — never a count of the whole timeline.
  let span = firstSpan;
  let wideCount = await countFrom(db, patientId, now - span);
  while (wideCount < size) {
    if (now - span <= 0) return { since: 0, hasEarlier: false };
    span *= 4;
    wideCount = await countFrom(db, patientId, Math.max(0, now - span));
  }
  // From `wide` the window holds at least `size` posts; from `narrow` (the previous span) fewer.
  let wide = Math.max(0, now - span);
  let narrow = span === firstSpan ? now : now - span / 4;
  // Narrow it down until it holds not many more posts than asked for (a busy day, an import).
  for (let step = 0; step < 10 && wideCount > size * slack && narrow - wide > second; step += 1) {
    const middle = Math.floor((wide + narrow) / 2);
    const middleCount = await countFrom(db, patientId, middle);
    if (middleCount >= size) {
      wide = middle;
      wideCount = middleCount;
    } else {
      narrow = middle;
    }
  }
  return { since: wide, hasEarlier: wide > 0 && (await anyBefore(db, patientId, wide, null)) };
}

function countFrom(db: RenrakuDatabase, patientId: string, since: number): Promise<number> {
  return db.posts.count({ selector: { patientId, clientCreatedAt: { $gte: since } } }).exec();
}
