/**
 * GET /api/sync/pull: a device's pull (lib/sync/pull.ts) answered by the same service, session,
 * device and access checks, audit entries and error codes as the `sync.pull` procedure, with the
 * documents written into the JSON text as they are read instead of built as a batch, copied by
 * superjson and serialised whole. The text goes out in pieces as the connection takes them.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { pullRequest, pullRequestFromSearch } from '@/lib/sync/pull';
import type { Db } from '@/server/db/client';
import { pullChangesInto } from '@/server/services/sync/pull-changes';
import { errorResponse, responseOfError, signedInRequest } from './signed-in-request';

/** About what one write to the socket takes; a batch of 1,000 posts is some 30 pieces. */
const pieceLength = 32 * 1024;

/** `db`: the process's handle unless a test gives its own. */
export function handleSyncPull(request: Request, db?: Db): Response {
  const options = signedInRequest(request, { stateChanging: false, db });
  if (options instanceof Response) return options;
  const input = pullRequest.safeParse(pullRequestFromSearch(new URL(request.url).searchParams));
  if (!input.success) return errorResponse('INVALID_INPUT');
  const pieces: string[] = [];
  let text = '{"documents":[';
  let first = true;
  try {
    const checkpoint = pullChangesInto(options, input.data, (document) => {
      text += (first ? '' : ',') + JSON.stringify(document);
      first = false;
      if (text.length >= pieceLength) {
        pieces.push(text);
        text = '';
      }
    });
    pieces.push(`${text}],"checkpoint":${JSON.stringify(checkpoint)}}`);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error.code, {}, error.details);
    return responseOfError(error, 'sync pull');
  }
  return new Response(piecesStream(pieces), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // Patient data: no other site's page may load it.
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}

/** Each piece encoded only when the connection asks for more, and let go once sent. */
function piecesStream(pieces: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const piece = pieces[next];
        if (piece === undefined) return controller.close();
        pieces[next++] = '';
        controller.enqueue(encoder.encode(piece));
      },
    },
    { highWaterMark: 0 },
  );
}
