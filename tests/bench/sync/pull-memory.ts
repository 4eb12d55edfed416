/**
 * The server's memory while one device pulls 20,000 posts over HTTP, without a browser: seeds the
 * sync bench's world, serves the built app (.next/renraku-server) and pulls every collection as
 * the app does (batches of 1,000 over GET /api/sync/pull, every collection at once).
 * Prints the server's resident memory after start and its peak (VmHWM), in MB.
 *   npm run build && node --import ./server/cli/register.mjs tests/bench/sync/pull-memory.ts
 * PORT (default 3660) picks the port; NODE_OPTIONS reaches the server (to try V8 flags);
 * ROUTE=trpc pulls over the sync.pull procedure instead (as the app did before the route), and
 * BATCHED=1 with it batches each round's pulls in one request, as the tRPC client did.
 */
import superjson from 'superjson';
import { pullEndpoint, pullSearchParams } from '@/lib/sync/pull';
import { syncCollections, syncProtocolVersion, type SyncCollection } from '@/lib/sync/protocol';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import { addNursePatients, createBenchWorld, removeBenchWorld } from './seed';
import { startBenchServer } from './server-process';

const port = Number(process.env.PORT ?? 3660);
const world = await createBenchWorld();
addNursePatients(world, 50, 400);
const server = await startBenchServer({ port, dataDir: world.dataDir });
const afterStart = server.peakRssMb();
try {
  const cookies: string[] = [];
  const signIn = await fetch(`${server.baseUrl}/api/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify(superjson.serialize({ loginId: 'demo-nurse', password: 'renraku-demo-1234' })),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  for (const line of signIn.headers.getSetCookie()) cookies.push(line.split(';')[0] ?? '');
  const pullInput = (collection: string, checkpoint: unknown) =>
    superjson.serialize({ protocolVersion: syncProtocolVersion, collection, checkpoint, batchSize: 1000 });
  const pullOverRoute = async (collection: SyncCollection, checkpoint: SyncCheckpoint | null) => {
    const params = pullSearchParams({ protocolVersion: syncProtocolVersion, collection, checkpoint, batchSize: 1000 });
    const response = await fetch(`${server.baseUrl}${pullEndpoint}?${params.toString()}`, { headers: { cookie: cookies.join('; ') } });
    if (!response.ok) throw new Error(`pull answered ${response.status}`);
    return (await response.json()) as { documents: unknown[]; checkpoint: SyncCheckpoint | null };
  };
  const pullOverTrpc = async (collection: SyncCollection, checkpoint: SyncCheckpoint | null) => {
    const input = encodeURIComponent(JSON.stringify(pullInput(collection, checkpoint)));
    const response = await fetch(`${server.baseUrl}/api/trpc/sync.pull?input=${input}`, { headers: { cookie: cookies.join('; ') } });
    const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
    return superjson.deserialize<{ documents: unknown[]; checkpoint: SyncCheckpoint | null }>(body.result.data);
  };
  const overTrpc = process.env.ROUTE === 'trpc';
  const pull = overTrpc ? pullOverTrpc : pullOverRoute;
  let documents = 0;
  const started = Date.now();
  if (overTrpc && process.env.BATCHED === '1') {
    // As httpBatchLink sends them: the collections' pulls of one round in one request.
    let open: Array<{ collection: string; checkpoint: unknown }> = syncCollections.map((collection) => ({ collection, checkpoint: null }));
    while (open.length > 0) {
      const input = Object.fromEntries(open.map((item, i) => [i, pullInput(item.collection, item.checkpoint)]));
      const url = `${server.baseUrl}/api/trpc/${open.map(() => 'sync.pull').join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
      const response = await fetch(url, { headers: { cookie: cookies.join('; ') } });
      const bodies = (await response.json()) as Array<{ result: { data: Parameters<typeof superjson.deserialize>[0] } }>;
      const next: typeof open = [];
      bodies.forEach((body, i) => {
        const batch = superjson.deserialize<{ documents: unknown[]; checkpoint: unknown }>(body.result.data);
        documents += batch.documents.length;
        const item = open[i];
        if (item && batch.documents.length >= 1000) next.push({ collection: item.collection, checkpoint: batch.checkpoint });
      });
      open = next;
    }
  } else {
    await Promise.all(
      syncCollections.map(async (collection) => {
        let checkpoint: SyncCheckpoint | null = null;
        for (;;) {
          const batch = await pull(collection, checkpoint);
          documents += batch.documents.length;
          if (batch.documents.length < 1000) break;
          checkpoint = batch.checkpoint;
        }
      }),
    );
  }
  console.log(
    JSON.stringify({
      route: overTrpc ? 'trpc' : 'http',
      documents,
      ms: Date.now() - started,
      rssAfterStartMb: afterStart,
      peakRssMb: server.peakRssMb(),
    }),
  );
} finally {
  await server.stop();
  removeBenchWorld(world);
}
