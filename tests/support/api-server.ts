/**
 * The app's API without Next, for tests that need a real server process but have no build to
 * serve: /api/health, /api/trpc/*, POST /api/files and GET /api/files/:id/:variant, each handed to
 * the very function its route file calls (app/api/…/route.ts are one line each), on a plain Node
 * HTTP server. Configured by the environment like the real server (PORT, HOST, RENRAKU_DATA_DIR…).
 */
import http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { handleDownload, handleUpload } from '@/server/http/file-handlers';
import { clientIpHeader } from '@/server/http/request-meta';
import { handleTrpcRequest } from '@/server/http/trpc-handler';
import { getHealth } from '@/server/services/health/get-health';

function route(request: Request): Response | Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/health') {
    const health = getHealth(getDb());
    return Response.json(health, { status: health.status === 'ok' ? 200 : 503 });
  }
  if (pathname.startsWith('/api/trpc/')) return handleTrpcRequest(request);
  if (pathname === '/api/files' && request.method === 'POST') return handleUpload(request);
  const file = /^\/api\/files\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (file?.[1] && file[2] && request.method === 'GET')
    return handleDownload(request, decodeURIComponent(file[1]), decodeURIComponent(file[2]));
  return new Response('Not found', { status: 404 });
}

function requestOf(req: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', env.baseUrl), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function send(response: Response, res: http.ServerResponse): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (response.body) await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), res);
  else res.end();
}

const server = http.createServer((req, res) => {
  // As server/cli/serve.ts does: the socket's address, whatever the request said.
  req.headers[clientIpHeader] = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  void Promise.resolve()
    .then(() => route(requestOf(req)))
    .then((response) => send(response, res))
    .catch((error: unknown) => {
      console.error('[api-server]', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
});

getDb();
server.listen(env.port, env.host, () => console.log(`API serving ${env.dataDir} on ${env.host}:${env.port}`));
