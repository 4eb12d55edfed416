/**
 * `npm run bench:idb-writes`: how Chromium's IndexedDB takes the writes of a first sync, in four
 * patterns, each on a fresh origin's storage (its own browser context) and repeated in turn:
 *  - one transaction of every row into a store indexed as bench:initial-sync's baseline's is (the
 *    primary key and patientId): the floor the initial sync's ratio is taken against,
 *  - one transaction of every row into a store indexed as RxDB's Dexie storage indexes posts,
 *  - consecutive transactions of 1,000 rows into that store,
 *  - the same, each reading its keys first inside its transaction: as RxDB's Dexie storage writes
 *    (its look at what the store holds), and so as the app's first sync wrote until stop 38,
 *  - consecutive transactions of 1,000 rows into the store as the app makes it since stop 40,
 *    without the two indexes nothing reads (lib/offline/lean-indexes.ts): as the app's first sync
 *    writes now (lib/offline/first-fill.ts, ./fresh-inserts.ts).
 * The rows are shaped as the app's storage writes posts in a first sync: the indexed fields in
 * clear (random UUIDs for ids and patients, one write time a batch of 1,000), the rest a sealed
 * string of the same length. Prints each run and the medians, and the ratio of each to the
 * first pattern's median. `BENCH_ON_DISK=1` keeps each origin's IndexedDB on disk (a browser
 * profile, as a tablet's), else in memory (a fresh browser context).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchOnDisk, launchChromium, newDiskDevice } from './browser';
import { median } from './report';

const rows = Number(process.env.BENCH_IDB_ROWS ?? 20_000);
const rounds = Number(process.env.BENCH_IDB_ROUNDS ?? 3);
const patterns = [
  "one transaction, the baseline's indexes",
  "one transaction, RxDB's indexes",
  "transactions of 1,000, RxDB's indexes",
  "transactions of 1,000 reading their keys first, RxDB's indexes",
  "transactions of 1,000, the app's lean store",
] as const;

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
      const device = benchOnDisk ? await newDiskDevice(origin) : null;
      const context = device?.context ?? (await browser.newContext());
      const page = device?.page ?? (await context.newPage());
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
          db.version(1).stores({
            // RxDB's Dexie store for posts (rxdb/src/plugins/storage-dexie/dexie-helper.ts): the
            // primary key, [_deleted+id], the schema's indexes as RxDB completes them (behind
            // _deleted, the id after), [_meta.lwt+id], _meta.lwt.
            posts:
              index === 0
                ? 'id, patientId'
                : index === 4
                  ? 'id, [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id]'
                  : 'id, [_deleted+id], [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id], _meta.lwt',
          });
          await db.open();
          const sealed = 'x'.repeat(600);
          const patients = Array.from({ length: 50 }, () => crypto.randomUUID());
          const docs = Array.from({ length: rows }, (_, n) => ({
            // The app's ids: random UUIDs (ids in insertion order made the read first look 3× faster).
            id: crypto.randomUUID(),
            patientId: patients[n % 50],
            clientCreatedAt: 1_700_000_000_000 + n,
            updatedAt: 1_700_000_000_000 + n,
            _deleted: '0',
            _rev: '1-abcdef',
            // The fill gives each pulled batch one write time.
            _meta: { lwt: 1_700_000_000_000 + Math.floor(n / 1000) + 0.01 },
            _attachments: {},
            sealed: `${sealed}${n}`,
          }));
          const table = db.table('posts');
          const started = performance.now();
          if (index <= 1) {
            await db.transaction('rw', table, () => table.bulkPut(docs));
          } else {
            for (let start = 0; start < docs.length; start += 1000) {
              const part = docs.slice(start, start + 1000);
              await db.transaction('rw', table, async () => {
                if (index === 3) await table.bulkGet(part.map((doc) => doc.id));
                await table.bulkPut(part);
              });
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
      await (device ? device.close() : context.close());
    }
  }
} finally {
  await browser.close();
  server.close();
}
const reference = median(times[patterns[0]]);
console.log(`\n${rows.toLocaleString('en-US')} rows, IndexedDB ${benchOnDisk ? 'on disk' : 'in memory'}, median of ${rounds}:`);
for (const pattern of patterns) {
  const value = median(times[pattern]);
  console.log(`  ${pattern}: ${Math.round(value).toLocaleString('en-US')} ms (${(value / reference).toFixed(2)}× the first)`);
}
