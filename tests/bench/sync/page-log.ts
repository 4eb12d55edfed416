/**
 * Runs in the page before its scripts: a log of what a write waits for — each IndexedDB transaction
 * opened and done (database, stores, mode, and the requests made in it), WebCrypto's encrypt and decrypt calls in flight, each
 * fetch asked and answered, and each click — with `performance.now()`, in `window.benchLog`.
 */
export function logPageWaits(): void {
  const log: Array<[number, string]> = [];
  (window as unknown as { benchLog: typeof log }).benchLog = log;
  const t = () => Math.round(performance.now() * 10) / 10;
  const transaction = IDBDatabase.prototype.transaction;
  let txn = 0;
  /** Each transaction's requests: method and store or index, with how many. */
  const requests = new WeakMap<IDBTransaction, Map<string, number>>();
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, unknown>>) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete']) {
      const original = proto[method] as ((...args: unknown[]) => IDBRequest) | undefined;
      if (typeof original !== 'function') continue;
      proto[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const store = this instanceof IDBIndex ? this.objectStore : this;
        const what = `${method} ${this instanceof IDBIndex ? this.name : store.name}`;
        const seen = requests.get(store.transaction) ?? new Map<string, number>();
        seen.set(what, (seen.get(what) ?? 0) + 1);
        requests.set(store.transaction, seen);
        return original.apply(this, args);
      };
    }
  }
  const made = (tx: IDBTransaction) =>
    [...(requests.get(tx) ?? [])].map(([what, times]) => (times > 1 ? `${what} ×${times}` : what)).join(', ');
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    ...rest: unknown[]
  ) {
    const tx = (transaction as (...a: unknown[]) => IDBTransaction).call(this, stores, mode, ...rest);
    const n = ++txn;
    const name = `${this.name.replace(/^rxdb-dexie-renraku-[0-9a-f]+--\d+--/, '')}:${[stores].flat().join(',').slice(0, 40)} ${mode ?? 'readonly'}`;
    log.push([t(), `tx${n} open ${name}`]);
    tx.addEventListener('complete', () => log.push([t(), `tx${n} done ${name} [${made(tx)}]`]));
    return tx;
  };
  const subtle = crypto.subtle;
  for (const method of ['encrypt', 'decrypt'] as const) {
    const original = subtle[method].bind(subtle);
    let inFlight = 0;
    (subtle as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      inFlight += 1;
      if (inFlight === 1 || inFlight % 500 === 0) log.push([t(), `${method} in flight ${inFlight}`]);
      return (original as (...a: unknown[]) => Promise<ArrayBuffer>)(...args).finally(() => {
        inFlight -= 1;
        if (inFlight === 0) log.push([t(), `${method} all done`]);
      });
    };
  }
  const fetchOriginal = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    log.push([t(), `fetch ${url.replace(location.origin, '').slice(0, 60)}`]);
    return fetchOriginal(input, init).then(
      (response) => (log.push([t(), `fetch answered ${url.replace(location.origin, '').slice(0, 60)}`]), response),
    );
  };
  document.addEventListener('click', () => log.push([t(), 'click']), true);
}
