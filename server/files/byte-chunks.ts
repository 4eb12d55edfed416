/** Reads a Node stream or a web ReadableStream (a fetch/Request body) as one kind of chunk loop. */
import 'server-only';
import { Readable } from 'node:stream';

export type ByteSource = Readable | ReadableStream<Uint8Array>;

function asBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  throw new TypeError('the stream must yield bytes, not strings or objects');
}

/** Leaving the loop early (break, throw) cancels the source, so an aborted upload stops reading. */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Readable) {
    // A for-await over a Readable destroys it when the loop is left early.
    for await (const chunk of source) yield asBytes(chunk);
    return;
  }
  const reader = source.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield asBytes(value);
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
