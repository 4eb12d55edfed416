/**
 * A device talking to a server process over HTTP as the app does: tRPC (superjson) with its
 * cookies and Origin, uploads to POST /api/files, downloads from GET /api/files/:id/:variant.
 * A request the server never answered (it was killed) rejects, as it would in the browser.
 */
import { createHash } from 'node:crypto';
import superjson from 'superjson';
import type { UploadMeta } from '@/lib/schemas/attachment';
import { syncProtocolVersion, type SyncCollection } from '@/lib/sync/protocol';
import { testPassword } from './seed';

export interface TrpcFailure {
  status: number;
  code: string | undefined;
}

export interface HttpDevice {
  loginId: string;
  /** The server moved (a restart on another port): the cookies stay. */
  baseUrl: string;
  signIn(password?: string): Promise<void>;
  mutation<T>(procedure: string, input: unknown): Promise<T>;
  query<T>(procedure: string, input: unknown): Promise<T>;
  push(collection: SyncCollection, docs: object[]): Promise<{ conflicts: Array<Record<string, unknown>>; refused?: Array<{ id: string }> }>;
  pullAll(collection: SyncCollection): Promise<Array<{ id: string } & Record<string, unknown>>>;
  upload(meta: UploadMeta, body: Uint8Array | ReadableStream<Uint8Array>): Promise<Response>;
  download(id: string, variant: string): Promise<{ status: number; bytes: Buffer; etag: string | null; sha256: string }>;
}

export class TrpcCallError extends Error {
  constructor(
    readonly procedure: string,
    readonly failure: TrpcFailure,
  ) {
    super(`${procedure} failed: ${failure.status} ${failure.code ?? ''}`);
  }
}

export function httpDevice(baseUrl: string, loginId: string): HttpDevice {
  const cookies = new Map<string, string>();
  const headers = (extra: Record<string, string> = {}) => ({
    cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    'user-agent': `renraku-test-device/${loginId}`,
    ...extra,
  });
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };

  async function trpc<T>(procedure: string, init: RequestInit, url: string): Promise<T> {
    const response = await fetch(url, init);
    remember(response);
    const body = (await response.json()) as {
      result?: { data: Parameters<typeof superjson.deserialize>[0] };
      error?: { json: { data?: { appError?: { code: string } } } };
    };
    if (!response.ok || !body.result) {
      throw new TrpcCallError(procedure, { status: response.status, code: body.error?.json.data?.appError?.code });
    }
    return superjson.deserialize<T>(body.result.data);
  }

  const device: HttpDevice = {
    loginId,
    baseUrl,
    async signIn(password = testPassword) {
      await device.mutation('auth.signIn', { loginId, password });
    },
    mutation: (procedure, input) =>
      trpc(
        procedure,
        {
          method: 'POST',
          headers: headers({ 'content-type': 'application/json', origin: device.baseUrl }),
          body: JSON.stringify(superjson.serialize(input)),
        },
        `${device.baseUrl}/api/trpc/${procedure}`,
      ),
    query: (procedure, input) =>
      trpc(
        procedure,
        { headers: headers() },
        `${device.baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`,
      ),
    push: (collection, docs) =>
      device.mutation('sync.push', {
        protocolVersion: syncProtocolVersion,
        collection,
        rows: docs.map((doc) => ({ newDocumentState: doc, assumedMasterState: null })),
      }),
    async pullAll(collection) {
      const documents: Array<{ id: string } & Record<string, unknown>> = [];
      let checkpoint: unknown = null;
      for (let round = 0; round < 1000; round += 1) {
        const batch = await device.query<{ documents: Array<{ id: string } & Record<string, unknown>>; checkpoint: unknown }>('sync.pull', {
          protocolVersion: syncProtocolVersion,
          collection,
          checkpoint,
          batchSize: 100,
        });
        documents.push(...batch.documents);
        if (JSON.stringify(batch.checkpoint) === JSON.stringify(checkpoint)) return documents;
        checkpoint = batch.checkpoint;
      }
      throw new Error('pull did not converge');
    },
    async upload(meta, body) {
      const query = new URLSearchParams({
        id: meta.id,
        postId: meta.postId,
        patientId: meta.patientId,
        kind: meta.kind,
        name: meta.fileName,
        sha256: meta.sha256,
        createdAt: String(meta.clientCreatedAt),
      });
      const response = await fetch(`${device.baseUrl}/api/files?${query}`, {
        method: 'POST',
        headers: headers({ origin: device.baseUrl, 'content-type': 'application/octet-stream' }),
        body,
        duplex: 'half',
      } as RequestInit);
      remember(response);
      return response;
    },
    async download(id, variant) {
      const response = await fetch(`${device.baseUrl}/api/files/${id}/${variant}`, { headers: headers() });
      const bytes = Buffer.from(await response.arrayBuffer());
      return {
        status: response.status,
        bytes,
        etag: response.headers.get('etag'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    },
  };
  return device;
}
