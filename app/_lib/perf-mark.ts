/**
 * Named moments of a page's start (`renraku:*` in the Performance panel and for the benchmark):
 * each is marked once per document, the first time it happens.
 */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  const full = `renraku:${name}`;
  if (performance.getEntriesByName(full, 'mark').length === 0) performance.mark(full);
}
