/** Answers the page's messages from one index: in the worker, or in the page where workers are missing. */
import type { FromSearchWorker, ToSearchWorker } from './search-messages';
import { SearchIndex } from './search-index';

export function answerSearchMessage(index = new SearchIndex()): (message: ToSearchWorker) => FromSearchWorker {
  return (message) => {
    const started = performance.now();
    try {
      if (message.type === 'apply') {
        index.remove(message.removals);
        index.upsert(message.upserts);
        return { type: 'applied', seq: message.seq, size: index.size, ms: performance.now() - started };
      }
      const answer = index.search(message);
      return { type: 'answer', seq: message.seq, ...answer, ms: performance.now() - started };
    } catch (error) {
      return { type: 'failed', seq: message.seq, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
