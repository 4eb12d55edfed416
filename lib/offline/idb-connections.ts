/**
 * Every IndexedDB connection the app opens goes through this factory, so that a page leaving
 * ends its work there. WebKit (Safari, every iPad browser) keeps a page it navigates away from in
 * its back/forward cache with its connections open and its events suspended: a database that page
 * was still creating, or a transaction it had not finished, then never completes, and the next
 * page — after any number of reloads — waits for it forever. On `pagehide` this aborts what is
 * unfinished, closes the connections and refuses new ones (the page's code runs on for a moment);
 * a page brought back from that cache reloads, since its connections are gone. (Anything aborted here was lost with the page anyway: WebKit aborts a
 * cached page's transactions when it evicts the page.)
 */
import 'client-only';

const connections = new Set<IDBDatabase>();
const transactions = new Set<IDBTransaction>();
const pending = new Set<IDBOpenDBRequest>();
const stuckListeners = new Set<(name: string) => void>();
/** An open that neither succeeds, fails, upgrades nor reports `blocked` by then waits on a suspended page. */
const stuckAfterMs = 6_000;
let installed = false;
/** Set at `pagehide`: work the page still starts as it goes (a pending promise's next step) is refused. */
let leaving = false;

function settle(transaction: IDBTransaction): void {
  transactions.add(transaction);
  const done = () => transactions.delete(transaction);
  transaction.addEventListener('complete', done);
  transaction.addEventListener('abort', done);
}

/** Remembers the connection and every transaction it starts (Dexie asks the connection itself). */
function watch(db: IDBDatabase): void {
  connections.add(db);
  db.addEventListener('close', () => connections.delete(db));
  const start = db.transaction.bind(db);
  db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    const transaction = start(...args);
    settle(transaction);
    return transaction;
  }) as IDBDatabase['transaction'];
}

function endEverything(): void {
  leaving = true;
  for (const request of pending) {
    // Not answered yet: whatever it becomes must not outlive this page.
    request.addEventListener('upgradeneeded', () => request.transaction?.abort());
    request.addEventListener('success', () => request.result.close());
  }
  for (const transaction of transactions) {
    try {
      // An unfinished creation (the upgrade) is rolled back too, so the next page starts it cleanly.
      transaction.abort();
    } catch {
      // It finished meanwhile.
    }
  }
  for (const db of connections) db.close();
  pending.clear();
  transactions.clear();
  connections.clear();
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('pagehide', endEverything);
  window.addEventListener('pageshow', (event) => {
    // Restored from the back/forward cache with its connections closed: start afresh.
    if (event.persisted) window.location.reload();
  });
}

function track(name: string, request: IDBOpenDBRequest): IDBOpenDBRequest {
  pending.add(request);
  const timer = setTimeout(() => {
    if (request.readyState === 'pending' && !leaving) for (const listener of stuckListeners) listener(name);
  }, stuckAfterMs);
  for (const answer of ['upgradeneeded', 'success', 'error', 'blocked']) request.addEventListener(answer, () => clearTimeout(timer));
  // Listeners added now run before Dexie's own `onupgradeneeded`/`onsuccess`, so the upgrade
  // transaction and the connection are known before anyone uses them.
  request.addEventListener('upgradeneeded', () => {
    if (request.transaction) settle(request.transaction);
    watch(request.result);
  });
  request.addEventListener('success', () => {
    pending.delete(request);
    if (!connections.has(request.result)) watch(request.result);
  });
  request.addEventListener('error', () => pending.delete(request));
  return request;
}

/** The browser's IndexedDB, remembering what each connection does so a leaving page can end it. */
export function trackedIndexedDb(): IDBFactory {
  install();
  const factory = indexedDB;
  return {
    open: (name: string, version?: number) => {
      // A connection opened now would be suspended with the page, holding up the next one.
      if (leaving) throw new DOMException('The page is being left.', 'AbortError');
      return track(name, version === undefined ? factory.open(name) : factory.open(name, version));
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    // Absent before Safari 14: Dexie then keeps its own list of names.
    databases: factory.databases ? () => factory.databases() : (undefined as unknown as IDBFactory['databases']),
    cmp: (first: unknown, second: unknown) => factory.cmp(first, second),
  };
}

/**
 * Calls `listener` with the name of every database whose opening gets no answer at all — in
 * WebKit, one a suspended page was creating (see above). Returns a function that stops it.
 */
export function onStuckOpen(listener: (name: string) => void): () => void {
  stuckListeners.add(listener);
  return () => stuckListeners.delete(listener);
}
