/**
 * The search index's own thread: building it for 20,000 posts takes longer than a frame, and
 * typing must never wait for it. It holds the index in memory only and dies with the page.
 */
import type { FromSearchWorker, ToSearchWorker } from './search-messages';
import { answerSearchMessage } from './search-responder';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
};

const respond = answerSearchMessage();
scope.onmessage = (event) => scope.postMessage(respond(event.data));
