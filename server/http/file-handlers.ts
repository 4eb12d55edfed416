/** The file routes: uploading an attachment (POST /api/files) and reading one (GET /api/files/:id/:variant). */
import 'server-only';
import { Readable } from 'node:stream';
import { fileVariants, type FileVariant } from '@/lib/schemas/attachment';
import { env } from '@/server/env';
import { admitUpload, uploadRetryAfterSeconds } from '@/server/files/upload-admission';
import { appContentStore } from '@/server/services/files/app-content-store';
import { readAttachment } from '@/server/services/files/read-attachment';
import { uploadAttachment } from '@/server/services/files/upload-attachment';
import { attachmentDisposition } from './content-disposition';
import { errorResponse, responseOfError, signedInRequest } from './signed-in-request';
import { uploadMetaOf } from './upload-meta';

export async function handleUpload(request: Request): Promise<Response> {
  const options = signedInRequest(request, { stateChanging: true });
  if (options instanceof Response) return options;
  const meta = uploadMetaOf(request);
  if (!meta || !request.body) return errorResponse('INVALID_INPUT');
  const place = admitUpload(options.user.id);
  if (!place) {
    await request.body.cancel().catch(() => undefined);
    return errorResponse('RATE_LIMITED', { 'Retry-After': String(uploadRetryAfterSeconds) });
  }
  try {
    const attachment = await uploadAttachment(
      { ...options, store: appContentStore(), facilityQuotaBytes: env.facilityQuotaBytes },
      meta,
      request.body,
    );
    return Response.json({ attachment }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return responseOfError(error, 'upload');
  } finally {
    place.release();
  }
}

const isVariant = (value: string): value is FileVariant => (fileVariants as readonly string[]).includes(value);

export async function handleDownload(request: Request, id: string, variant: string): Promise<Response> {
  const options = signedInRequest(request, { stateChanging: false });
  if (options instanceof Response) return options;
  if (!isVariant(variant)) return errorResponse('NOT_FOUND');
  const knownSha256 = /^"([0-9a-f]{64})"$/.exec(request.headers.get('if-none-match') ?? '')?.[1] ?? null;
  try {
    const file = await readAttachment({ ...options, store: appContentStore() }, { id, variant, knownSha256 });
    const headers = new Headers({
      // Never kept by the browser or the service worker in clear: the app keeps the thumbnails it
      // needs offline encrypted (app/(signed-in)/patient/_lib/use-attachments.ts).
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if ('notModified' in file) {
      headers.set('ETag', `"${file.sha256}"`);
      return new Response(null, { status: 304, headers });
    }
    headers.set('ETag', `"${file.sha256}"`);
    headers.set('Content-Type', file.mime);
    headers.set('Content-Length', String(file.size));
    headers.set('Content-Disposition', file.isDocument ? attachmentDisposition(file.fileName) : 'inline');
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, { status: 200, headers });
  } catch (error) {
    return responseOfError(error, 'download');
  }
}
