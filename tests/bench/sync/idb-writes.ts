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
 *    writes now (lib/offline/first-fill.ts, ./fresh-inserts.ts),
 *  - the same without the `updatedAt` index (what one index fewer would save),
 *  - a layout of our own, not RxDB's: each batch of 1,000 posts kept as one record per patient
 *    (its posts sealed together), no index — the floor of such a layout —,
 *  - the same with one small row per post keyed as a timeline's window reads it (patient, time,
 *    id), whose value names the record holding the post.
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
  'transactions of 1,000, the lean store without [_deleted+updatedAt+id]',
  'transactions of 1,000 posts as one record per patient, no index',
  'the same, and one small index row per post',
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
            version(n: number): { stores(spec: Record<string, string | null>): void };
            open(): Promise<unknown>;
            table(name: string): Table;
            transaction(mode: string, table: Table, run: () => Promise<unknown>): Promise<unknown>;
            close(): void;
          };
          const Dexie = (window as unknown as { Dexie: new (name: string) => Db }).Dexie;
          const db = new Dexie('writes');
          db.version(1).stores({
            // A layout of our own (patterns 6 and 7): a batch's posts kept together, one sealed
            // record per patient, keyed by the patient and the batch's newest time; pattern 7 also
            // keeps one row per post keyed by [patientId+clientCreatedAt+id] (what a timeline's
            // window reads), its value only the record the post is in.
            bundles: index >= 6 ? 'key' : null,
            rowsOf: index === 7 ? 'key' : null,
            // RxDB's Dexie store for posts (rxdb/src/plugins/storage-dexie/dexie-helper.ts): the
            // primary key, [_deleted+id], the schema's indexes as RxDB completes them (behind
            // _deleted, the id after), [_meta.lwt+id], _meta.lwt.
            posts:
              index === 0
                ? 'id, patientId'
                : index === 4
                  ? 'id, [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id]'
                  : index === 5
                    ? 'id, [_deleted+patientId+clientCreatedAt+id], [_meta.lwt+id]'
                    : 'id, [_deleted+id], [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id], _meta.lwt',
          });
          await db.open();
          const sealed = 'x'.repeat(600);
          const patients: string[] = Array.from({ length: 50 }, () => crypto.randomUUID());
          const docs = Array.from({ length: rows }, (_, n) => ({
            // The app's ids: random UUIDs (ids in insertion order made the read first look 3× faster).
            id: crypto.randomUUID(),
            patientId: patients[n % 50] ?? '',
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
          if (index >= 6) {
            const bundles = db.table('bundles');
            const rowsOf = index === 7 ? db.table('rowsOf') : null;
            const tables = rowsOf ? [bundles, rowsOf] : [bundles];
            for (let start = 0; start < docs.length; start += 1000) {
              const part = docs.slice(start, start + 1000);
              const byPatient = new Map<string, typeof part>();
              for (const doc of part) byPatient.set(doc.patientId, [...(byPatient.get(doc.patientId) ?? []), doc]);
              const records = [...byPatient].map(([patientId, posts]) => ({
                key: [patientId, posts[posts.length - 1]?.clientCreatedAt ?? 0],
                // Sealed together: one text (as long as the posts' own).
                sealed: JSON.stringify(posts),
              }));
              const rowsOfPosts = part.map((doc) => ({
                key: [doc.patientId, doc.clientCreatedAt, doc.id],
                bundle: doc.clientCreatedAt,
              }));
              await db.transaction('rw', tables as never, async () => {
                await bundles.bulkPut(records);
                if (rowsOf) await rowsOf.bulkPut(rowsOfPosts);
              });
            }
            const elapsed = performance.now() - started;
            const stored = await bundles.count();
            db.close();
            if (stored < rows / 1000) throw new Error(`stored ${stored} records`);
            return elapsed;
          }
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
