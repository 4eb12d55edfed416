/**
 * Whether a collection's first fill (./first-fill.ts) is under way on an open database, for the
 * live queries that read a whole collection (every unread post, the patient list's activity).
 *
 * Such a query, executed while the fill writes, can see a batch in IndexedDB before RxDB has
 * counted that batch's change events (the sealed storage opens them first); RxDB then meets
 * inserts of documents its result already holds, gives up reducing them, and reads — and decrypts
 * — the whole collection again, during which the next batches land the same way, to the end of
 * the sync. bench:initial-sync on disk with the first pull asked early: 7 of 12 devices at
 * 18–22 s instead of 10–12 s, IndexedDB's full reads of posts counted at 1–3 every 2 s (none
 * without). Started after the fill, the query reads once and follows the changes that come.
 *
 * A fill counts from the replication's look at whether its collection holds anything, before its
 * first batch is in: the home screen asks for every unread post as soon as the database is open,
 * which on a first start comes before that batch (0.2–0.5 s), and would otherwise read the whole
 * collection at every batch after all. The service worker's first install waits for the fills too
 * (app/_lib/service-worker-timing.ts).
 *
 * Here for its registry alone, without RxDB: the screens that wait import it.
 */
/** The fills under way now, by database and collection. */
const fills = new WeakMap<object, Map<string, Promise<unknown>>>();
/** The same, of every database of this page: what the service worker's first install waits for. */
const underWay = new Set<Promise<unknown>>();

/**
 * Notes that `collection` may be being filled on `db` until `done` settles: from the replication's
 * look at whether the collection holds anything (a first fill's first batch is asked for then) to
 * the end of its fill, where there is one (./replication.ts).
 */
export function noteFill(db: object, collection: string, done: Promise<unknown>): void {
  let ofDb = fills.get(db);
  if (!ofDb) fills.set(db, (ofDb = new Map()));
  const held = ofDb;
  const ended = done.then(
    () => undefined,
    () => undefined,
  );
  held.set(collection, ended);
  underWay.add(ended);
  void ended.then(() => {
    if (held.get(collection) === ended) held.delete(collection);
    underWay.delete(ended);
  });
}

/** Whether any of `collections` is being filled on `db` now. */
export function isFilling(db: object, collections: readonly string[]): boolean {
  const ofDb = fills.get(db);
  return collections.some((collection) => ofDb?.has(collection) ?? false);
}

/**
 * Resolves once none of `collections` is being filled on `db` — at once where none is — or after
 * `atMostMs`, so that a fill held up for good (a pull that never answers) holds no screen back.
 */
export function whenFilled(db: object, collections: readonly string[], atMostMs = 120_000): Promise<void> {
  const ofDb = fills.get(db);
  const pending = collections.map((collection) => ofDb?.get(collection)).filter((done) => done !== undefined);
  if (pending.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, atMostMs);
    void Promise.all(pending).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Resolves once no collection is being filled on any database of this page — at once where none
 * is, else when the last ends (one that starts as another ends is waited for too) — or after
 * `atMostMs`.
 */
export function whenNoFill(atMostMs = 120_000): Promise<void> {
  return new Promise<void>((resolve) => {
    let waited = false;
    const timer = setTimeout(() => {
      waited = true;
      resolve();
    }, atMostMs);
    const check = () => {
      if (waited) return;
      if (underWay.size > 0) return void Promise.all(underWay).then(check);
      clearTimeout(timer);
      resolve();
    };
    check();
  });
}
