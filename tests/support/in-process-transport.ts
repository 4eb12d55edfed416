/**
 * A SyncTransport that calls the real tRPC router in-process with a signed-in user's cookie, so
 * RxDB replication in vitest talks to the real server code and SQLite file. Faults can be
 * injected: fail before the server sees a request, fail after it committed (the answer is lost),
 * or send a push twice.
 */
import type { SyncTransport } from '@/lib/offline/transport';
import type { Db } from '@/server/db/client';
import { subscribeChanges } from '@/server/sync/change-feed';
import { openRequest } from './trpc-harness';

export interface Faults {
  random: () => number;
  failBefore: number;
  failAfter: number;
  duplicate: number;
  maxDelayMs: number;
}

export interface InProcessTransport extends SyncTransport {
  faults: Faults | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function inProcessTransport(db: Db, cookie: string): InProcessTransport {
  const transport: InProcessTransport = {
    faults: null,
    async pull(request) {
      await disturb('before');
      const result = await openRequest(db, { cookie, method: 'GET' }).caller.sync.pull(request);
      await disturb('after');
      return result as Awaited<ReturnType<SyncTransport['pull']>>;
    },
    async push(request) {
      await disturb('before');
      const call = () => openRequest(db, { cookie }).caller.sync.push(request);
      const result = await call();
      if (transport.faults && transport.faults.random() < transport.faults.duplicate) await call();
      await disturb('after');
      return result as Awaited<ReturnType<SyncTransport['push']>>;
    },
    subscribe(onNotice) {
      return subscribeChanges((notice) => onNotice(notice.collections ?? null));
    },
  };
  async function disturb(when: 'before' | 'after') {
    const faults = transport.faults;
    if (!faults) return;
    await pause(Math.floor(faults.random() * faults.maxDelayMs));
    if (faults.random() < (when === 'before' ? faults.failBefore : faults.failAfter))
      throw new Error(`injected failure ${when} the server`);
  }
  return transport;
}
