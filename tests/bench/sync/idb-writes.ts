/**
 * `npm run bench:idb-writes`: how Chromium's IndexedDB takes the writes of a first sync, in three
 * patterns, each on a fresh origin's storage (its own browser context) and repeated in turn:
 *  - one transaction of every row (what RxDB's replication did with the pulled batches it merged),
 *  - consecutive transactions of 1,000 rows,
 *  - the same, each after a read of the keys it is about to write (what lib/offline/database.ts's
 *    `writesInSmallTransactions` did until stop 36: with the app's random UUIDs it gains nothing).
 * The rows are shaped as the app's storage writes posts: the indexed fields in clear, the rest a
 * sealed string of the same length, in a store with RxDB's indexes for posts. Prints each run and
 * the medians, and the ratio of each to the first pattern's median.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from './browser';
import { median } from './report';

const rows = Number(process.env.BENCH_IDB_ROWS ?? 20_000);
const rounds = Number(process.env.BENCH_IDB_ROUNDS ?? 3);
const patterns = ['one transaction', 'transactions of 1,000', 'transactions of 1,000, each after a read of its keys'] as const;

const server = http.createServer((_request, response) => {
  response.setHeader('content-type', 'text/html');
  response.end('<!doctype html><title>IndexedDB writes</title>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await launchChromium();
const times: Record<(typeof patterns)[number], number[]> = Object.fromEntries(patterns.map((p) => [p, []])) as never;
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, pattern] of patterns.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(origin);
      await page.addScriptTag({ path: 'node_modules/dexie/dist/dexie.js' });
      const ms = await page.evaluate(
        async ({ rows, index }) => {
          type Table = {
            bulkPut(rows: unknown[]): Promise<unknown>;
            bulkGet(keys: string[]): Promise<unknown[]>;
            count(): Promise<number>;
          };
          type Db = {
            version(n: number): { stores(spec: Record<string, string>): void };
            open(): Promise<unknown>;
            table(name: string): Table;
            transaction(mode: string, table: Table, run: () => Promise<unknown>): Promise<unknown>;
            close(): void;
          };
          const Dexie = (window as unknown as { Dexie: new (name: string) => Db }).Dexie;
          const db = new Dexie('writes');
          // RxDB's Dexie store for posts: the primary key, [_deleted+id], the schema's indexes, [_meta.lwt+id], _meta.lwt.
          db.version(1).stores({ posts: 'id, [_deleted+id], [patientId+clientCreatedAt], updatedAt, [_meta.lwt+id], _meta.lwt' });
          await db.open();
          const sealed = 'x'.repeat(600);
          const docs = Array.from({ length: rows }, (_, n) => ({
            // The app's ids: random UUIDs (ids in insertion order made the read first look 3× faster).
            id: crypto.randomUUID(),
            patientId: `patient-${n % 50}`,
            clientCreatedAt: 1_700_000_000_000 + n,
            updatedAt: 1_700_000_000_000 + n,
            _deleted: '0',
            _rev: '1-abcdef',
            _meta: { lwt: 1_700_000_000_000 + n + 0.01 },
            _attachments: {},
            sealed: `${sealed}${n}`,
          }));
          const table = db.table('posts');
          const started = performance.now();
          if (index === 0) {
            await db.transaction('rw', table, () => table.bulkPut(docs));
          } else {
            for (let start = 0; start < docs.length; start += 1000) {
              const part = docs.slice(start, start + 1000);
              if (index === 2) await table.bulkGet(part.map((doc) => doc.id));
              await db.transaction('rw', table, () => table.bulkPut(part));
            }
          }
          const elapsed = performance.now() - started;
          const stored = await table.count();
          db.close();
          if (stored !== rows) throw new Error(`stored ${stored} rows of ${rows}`);
          return elapsed;
        },
        { rows, index },
      );
      times[pattern].push(ms);
      console.log(`round ${round + 1}: ${pattern}: ${Math.round(ms).toLocaleString('en-US')} ms`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const reference = median(times[patterns[0]]);
console.log(`\n${rows.toLocaleString('en-US')} rows, median of ${rounds}:`);
for (const pattern of patterns) {
  const value = median(times[pattern]);
  console.log(`  ${pattern}: ${Math.round(value).toLocaleString('en-US')} ms (${(value / reference).toFixed(2)}× one transaction)`);
}
