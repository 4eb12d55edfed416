/**
 * Runs in the page before its scripts: every IndexedDB read the page asks for (store and index
 * reads, cursors with the records they stepped over), with when it was asked and answered, in
 * `window.benchIdbReads`. For the benches that explain where a screen's start goes.
 */
export interface IdbRead {
  database: string;
  source: string;
  method: string;
  askedMs: number;
  answeredMs: number;
  /** A cursor's steps, or the records a getAll answered. */
  records: number;
}

export function recordIdbReads(): void {
  const reads: IdbRead[] = [];
  (window as Window & { benchIdbReads?: IdbRead[] }).benchIdbReads = reads;
  const describe = (source: IDBObjectStore | IDBIndex) =>
    source instanceof IDBIndex
      ? { database: source.objectStore.transaction.db.name, source: `${source.objectStore.name}.${source.name}` }
      : { database: source.transaction.db.name, source: source.name };
  const wrap = (proto: IDBObjectStore | IDBIndex, method: string) => {
    const target = proto as unknown as Record<string, (...args: unknown[]) => IDBRequest>;
    const original = target[method];
    if (!original) return;
    target[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
      const request = original.apply(this, args);
      const read: IdbRead = { ...describe(this), method, askedMs: performance.now(), answeredMs: NaN, records: 0 };
      reads.push(read);
      request.addEventListener('success', () => {
        if (Number.isNaN(read.answeredMs)) read.answeredMs = performance.now();
        const result = request.result as unknown;
        if (Array.isArray(result)) read.records = result.length;
        else if (method.includes('Cursor') && result) {
          read.records += 1;
          read.answeredMs = performance.now();
        }
      });
      return request;
    };
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
    for (const method of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor', 'getAllRecords'])
      wrap(proto, method);
  }
}
