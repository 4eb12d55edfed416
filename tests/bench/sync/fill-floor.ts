/**
 * `npm run bench:fill-floor`: how fast a first sync could go on this storage without RxDB, in the
 * page and in a worker — the floor a fill of our own beneath RxDB would start from. On each device
 * demo-nurse signs in and the app's own first sync runs to its end; then, in the same page, three
 * pipelines each fill a fresh IndexedDB database from the pull API, in a rotating order:
 *  - bench:initial-sync's baseline: every post fetched (1,000 a request), then one Dexie `bulkPut`
 *    into a store keyed by id and indexed by patient, nothing sealed;
 *  - `plain`: the fill's pattern without sealing — each batch fetched while the one before is
 *    written, one transaction a batch into a store indexed as the app's lean posts store is
 *    (lib/offline/lean-indexes.ts), with RxDB's bookkeeping fields;
 *  - `page`: the same with every post's content sealed as the app's storage seals it (AES-GCM of
 *    its JSON, one call a post, the indexed fields in clear, the sealed text in base64): the fill's
 *    work alone, in the page;
 *  - `bytes`: the same, the sealed content kept as bytes rather than base64 text;
 *  - `worker`: `page` in a dedicated worker (its own fetches, the key handed over as a CryptoKey);
 *  - `bundled`: a layout of our own instead of RxDB's, to see what it would reach — each batch's
 *    posts of one patient sealed together into one record (one AES-GCM call, kept as bytes), and
 *    one small row per post keyed by patient, time and id (what a timeline's window reads), naming
 *    its record; the other orders a storage needs (by id, by arrival) would be kept in memory.
 * Prints each device's times and the app's own sync (sign-in's answer to every post stored), the
 * medians, and each median as a ratio to the baseline's. `BENCH_ON_DISK=1` gives each device a
 * browser profile on disk; `BENCH_FILL_FLOOR_ROUNDS` devices (3 by default). `BENCH_CPU=1` also
 * prints the processor time of the app's sync and of each pipeline, by process and thread
 * (./cpu-split.ts; Linux).
 */
import fs from 'node:fs';
import type { Dexie as DexieClass } from 'dexie';
import type { Page } from 'playwright-core';
import { benchOnDisk, newDeviceWhere } from './browser';
import { printCpu, sampleCpu } from './cpu-split';
import { startFirstSyncWorld } from './first-sync-world';
import { measureInitialSync } from './initial-sync';
import { median } from './report';

const rounds = Number(process.env.BENCH_FILL_FLOOR_ROUNDS ?? 3);
const cpu = process.env.BENCH_CPU === '1';
const pipelines = ['baseline', 'plain', 'page', 'bytes', 'worker', 'bundled'] as const;
type Pipeline = (typeof pipelines)[number];

interface FillArgs {
  origin: string;
  key: CryptoKey;
  name: string;
  batchSize: number;
  /**
   * `baseline`: fetch everything, then one write, nothing sealed; `sealed`: as the app stores posts;
   * `bytes`: sealed, kept as bytes; `bundled`: a layout of our own (a batch's posts of one patient
   * sealed together in one record, and one small row per post).
   */
  mode: 'baseline' | 'plain' | 'sealed' | 'bytes' | 'bundled';
}

/**
 * One fill, as source for the page and the worker alike (it refers to nothing outside itself but
 * `Dexie` and the platform). Resolves with the milliseconds from its first request to its last
 * write, and the rows the store then holds.
 */
async function fill({ origin, key, name, batchSize, mode }: FillArgs): Promise<{ ms: number; stored: number }> {
  type Doc = Record<string, unknown>;
  type Answer = { documents: Doc[]; checkpoint: { seq: number; id: string } | null };
  const Dexie = (globalThis as unknown as { Dexie: typeof DexieClass }).Dexie;
  const db = new Dexie(name);
  db.version(1).stores(
    mode === 'bundled'
      ? // Keyed as a timeline's window reads it; the other orders (by id, by arrival) would be kept in memory.
        { rows: 'key', bundles: 'key' }
      : {
          docs:
            mode === 'baseline' ? 'id, patientId' : 'id, [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id]',
        },
  );
  await db.open();
  const table = db.table(mode === 'bundled' ? 'rows' : 'docs');
  const pull = async (checkpoint: Answer['checkpoint']): Promise<Answer> => {
    const params = new URLSearchParams({ protocolVersion: '1', collection: 'posts', batchSize: String(batchSize) });
    if (checkpoint) {
      params.set('seq', String(checkpoint.seq));
      params.set('id', checkpoint.id);
    }
    const response = await fetch(`${origin}/api/sync/pull?${params.toString()}`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`the pull answered HTTP ${response.status}`);
    return (await response.json()) as Answer;
  };
  // As lib/offline/encryption: the fields indexed or filtered on stay readable, the rest is one sealed string.
  const readable = new Set(['id', 'patientId', 'clientCreatedAt', 'updatedAt', 'category', '_deleted']);
  const encoder = new TextEncoder();
  const toBase64 = (bytes: Uint8Array) => (bytes as unknown as { toBase64(): string }).toBase64();
  let ivs = new Uint8Array(0);
  let ivAt = 0;
  /** AES-GCM of `value`'s JSON under a fresh IV (drawn 1,024 at a time, as the app does): the IV and the ciphertext. */
  const encrypt = async (value: unknown): Promise<{ iv: Uint8Array; sealed: ArrayBuffer }> => {
    if (ivAt + 12 > ivs.length) {
      ivs = crypto.getRandomValues(new Uint8Array(12 * 1024));
      ivAt = 0;
    }
    const iv = ivs.slice(ivAt, (ivAt += 12));
    return { iv, sealed: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value))) };
  };
  /** The same as one buffer, the IV in front (as lib/offline/encryption/cipher.ts keeps bytes). */
  const encryptToBytes = async (value: unknown): Promise<ArrayBuffer> => {
    const { iv, sealed } = await encrypt(value);
    const bytes = new Uint8Array(12 + sealed.byteLength);
    bytes.set(iv, 0);
    bytes.set(new Uint8Array(sealed), 12);
    return bytes.buffer;
  };
  const seal = async (doc: Doc, lwt: number): Promise<Doc> => {
    const stored: Doc = { _deleted: doc._deleted ? '1' : '0', _rev: '1-bench', _meta: { lwt }, _attachments: {} };
    const secret: Doc = {};
    for (const field in doc) {
      if (field === '_deleted') continue;
      if (readable.has(field)) stored[field] = doc[field];
      else secret[field] = doc[field];
    }
    if (mode === 'plain') return { ...stored, ...secret };
    if (mode === 'bytes') stored._sealed = await encryptToBytes(secret);
    else {
      const { iv, sealed } = await encrypt(secret);
      stored._sealed = toBase64(iv) + toBase64(new Uint8Array(sealed));
    }
    return stored;
  };
  const started = performance.now();
  if (mode === 'baseline') {
    const docs: Doc[] = [];
    for (let checkpoint: Answer['checkpoint'] = null; ;) {
      const answer = await pull(checkpoint);
      if (answer.documents.length === 0) break;
      docs.push(...answer.documents);
      checkpoint = answer.checkpoint;
    }
    await table.bulkPut(docs);
  } else if (mode === 'bundled') {
    const bundles = db.table('bundles');
    let next: Promise<Answer> | null = pull(null);
    for (let batchNo = 0; next; batchNo += 1) {
      const answer: Answer = await next;
      next = answer.documents.length >= batchSize ? pull(answer.checkpoint) : null;
      if (answer.documents.length === 0) break;
      const byPatient = new Map<string, Doc[]>();
      for (const doc of answer.documents) {
        const patientId = String(doc.patientId);
        const posts = byPatient.get(patientId);
        if (posts) posts.push(doc);
        else byPatient.set(patientId, [doc]);
      }
      const lwt = Date.now();
      const rows: Doc[] = [];
      const records = await Promise.all(
        [...byPatient].map(async ([patientId, posts]) => {
          const bundle = [patientId, batchNo];
          for (const post of posts) {
            rows.push({
              key: [patientId, post.clientCreatedAt, post.id],
              bundle,
              updatedAt: post.updatedAt,
              lwt,
              deleted: post._deleted ? 1 : 0,
            });
          }
          return { key: bundle, sealed: await encryptToBytes(posts) };
        }),
      );
      await db.transaction('rw', [table, bundles], async () => {
        await bundles.bulkAdd(records);
        await table.bulkAdd(rows);
      });
    }
  } else {
    let next: Promise<Answer> | null = pull(null);
    while (next) {
      const answer: Answer = await next;
      next = answer.documents.length >= batchSize ? pull(answer.checkpoint) : null;
      if (answer.documents.length === 0) break;
      const lwt = Date.now();
      const rows = await Promise.all(answer.documents.map((doc) => seal(doc, lwt)));
      await db.transaction('rw', table, () => table.bulkAdd(rows));
    }
  }
  const ms = performance.now() - started;
  const stored = await table.count();
  db.close();
  await Dexie.delete(name);
  return { ms, stored };
}

async function runPipeline(page: Page, pipeline: Pipeline, dexieSource: string): Promise<{ ms: number; stored: number }> {
  return page.evaluate(
    async ({ pipeline, fillSource, dexieSource }) => {
      const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      const args = { origin: location.origin, key, name: `bench-fill-${Math.random().toString(36).slice(2)}`, batchSize: 1000 };
      const run = new Function(`return (${fillSource});`)() as (args: unknown) => Promise<{ ms: number; stored: number }>;
      const modes = { baseline: 'baseline', plain: 'plain', page: 'sealed', bytes: 'bytes', worker: 'sealed', bundled: 'bundled' } as const;
      if (pipeline !== 'worker') return run({ ...args, mode: modes[pipeline] });
      const source = [
        'self.__name = (target) => target;',
        dexieSource,
        `const fill = (${fillSource});`,
        'self.onmessage = (event) => fill(event.data).then((result) => postMessage({ result }), (error) => postMessage({ error: String(error) }));',
      ].join('\n');
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(url);
      try {
        return await new Promise<{ ms: number; stored: number }>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<{ result?: { ms: number; stored: number }; error?: string }>) =>
            event.data.result ? resolve(event.data.result) : reject(new Error(event.data.error));
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage({ ...args, mode: modes.worker });
        });
      } finally {
        worker.terminate();
        URL.revokeObjectURL(url);
      }
    },
    { pipeline, fillSource: fill.toString(), dexieSource },
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const dexieSource = fs.readFileSync('node_modules/dexie/dist/dexie.js', 'utf8');
  const { expected, server, browser, close } = await startFirstSyncWorld(Number(process.env.BENCH_SYNC_PORT ?? 3461));
  console.log(`IndexedDB ${benchOnDisk ? 'on disk (a browser profile)' : 'in memory (a fresh browser context)'}; ${expected.count} posts`);
  const times: Record<Pipeline | 'app', number[]> = { baseline: [], plain: [], page: [], bytes: [], worker: [], bundled: [], app: [] };
  try {
    for (let round = 0; round < rounds; round += 1) {
      const device = await newDeviceWhere(benchOnDisk, browser, server.baseUrl);
      try {
        // The app's own first sync, to its end (its baseline is not used here: the one below is).
        const app = await measureInitialSync(device.page, server.baseUrl, expected, { cpu });
        times.app.push(app.rxdbMs);
        if (app.cpu) printCpu(`device ${round + 1}, the app's sync (${seconds(app.rxdbMs)})`, app.cpu.answered, app.cpu.stored);
        await device.page.addScriptTag({ path: 'node_modules/dexie/dist/dexie.js' });
        const line: string[] = [`the app's sync ${seconds(app.rxdbMs)}`];
        for (let step = 0; step < pipelines.length; step += 1) {
          const pipeline = pipelines[(step + round) % pipelines.length]!;
          const before = cpu ? sampleCpu() : null;
          const result = await runPipeline(device.page, pipeline, dexieSource);
          if (before) printCpu(`device ${round + 1}, ${pipeline} (${seconds(result.ms)})`, before, sampleCpu());
          if (result.stored !== expected.count) throw new Error(`${pipeline} stored ${result.stored} posts, expected ${expected.count}`);
          times[pipeline].push(result.ms);
          line.push(`${pipeline} ${seconds(result.ms)}`);
        }
        console.log(`device ${round + 1}: ${line.join(', ')}`);
      } finally {
        await device.close();
      }
    }
  } finally {
    await close();
  }
  const floor = median(times.baseline);
  console.log(`median of ${rounds}:`);
  for (const name of [...pipelines, 'app'] as const) {
    const value = median(times[name]);
    console.log(`  ${name}: ${seconds(value)} (${(value / floor).toFixed(2)}× the baseline)`);
  }
}

await main();
