/**
 * The page's handle on the search index: sends it changes and questions, and gets answers back in
 * order. The index lives in a module Web Worker; without workers, in the page.
 */
import 'client-only';
import type { SearchAnswer, SearchEntry } from './search-entry';
import type { SearchQuery } from './search-index';
import type { FromSearchWorker, ToSearchWorker } from './search-messages';
import { answerSearchMessage } from './search-responder';

type Reply = (message: FromSearchWorker) => void;

export const searchWorkerUrl = '/search-worker.js';

export interface SearchClient {
  /** Resolves once the index holds the change; with its size and the time the index spent. */
  apply(upserts: SearchEntry[], removals: string[]): Promise<{ size: number; ms: number }>;
  search(query: SearchQuery): Promise<SearchAnswer>;
  close(): void;
}

type Channel = { send(message: ToSearchWorker): void; close(): void };

function inPage(onReply: Reply): Channel {
  const respond = answerSearchMessage();
  // Answered on a later task, as a worker would, so callers never see a synchronous reply.
  return { send: (message) => void setTimeout(() => onReply(respond(message)), 0), close: () => undefined };
}

function startWorker(onReply: Reply): Channel {
  if (typeof Worker === 'undefined') return inPage(onReply);
  // One script of its own, built after Next's build (server/cli/build-workers.ts says why).
  const worker = new Worker(searchWorkerUrl, { name: 'renraku-search' });
  // Until the worker first answers, what was sent is kept: a worker that cannot start (no script,
  // as under `next dev` before a build) hands over to an index in the page, which gets it all again.
  let unanswered: ToSearchWorker[] | null = [];
  let fallback: Channel | null = null;
  worker.onmessage = (event: MessageEvent<FromSearchWorker>) => {
    unanswered = null;
    onReply(event.data);
  };
  worker.onerror = () => {
    if (!unanswered || fallback) return;
    worker.terminate();
    fallback = inPage(onReply);
    for (const message of unanswered) fallback.send(message);
  };
  return {
    send(message) {
      if (fallback) return fallback.send(message);
      unanswered?.push(message);
      worker.postMessage(message);
    },
    close() {
      worker.terminate();
      fallback?.close();
    },
  };
}

export function createSearchClient(): SearchClient {
  let seq = 0;
  const waiting = new Map<number, { resolve: (reply: FromSearchWorker) => void; reject: (error: Error) => void }>();
  const channel = startWorker((reply) => {
    const pending = waiting.get(reply.seq);
    waiting.delete(reply.seq);
    if (!pending) return;
    if (reply.type === 'failed') pending.reject(new Error(reply.message));
    else pending.resolve(reply);
  });
  const ask = (message: ToSearchWorker) =>
    new Promise<FromSearchWorker>((resolve, reject) => {
      waiting.set(message.seq, { resolve, reject });
      channel.send(message);
    });
  return {
    async apply(upserts, removals) {
      const reply = await ask({ type: 'apply', seq: (seq += 1), upserts, removals });
      return reply.type === 'applied' ? { size: reply.size, ms: reply.ms } : { size: 0, ms: 0 };
    },
    async search(query) {
      const reply = await ask({ type: 'query', seq: (seq += 1), ...query });
      return reply.type === 'answer' ? { hits: reply.hits, total: reply.total, ms: reply.ms } : { hits: [], total: 0, ms: 0 };
    },
    close() {
      channel.close();
      for (const pending of waiting.values()) pending.reject(new Error('search closed'));
      waiting.clear();
    },
  };
}
