/**
 * What the device says about an upload, read from the request: the ids, kind, checksum and time in
 * the query string, and the file's name in the `X-File-Name` header, percent-encoded UTF-8 (as RFC
 * 8187 encodes values), because names (「山田様_褥瘡.jpg」) must not end up in proxies' access logs.
 */
import 'server-only';
import { uploadMeta, type UploadMeta } from '@/lib/schemas/attachment';

export const fileNameHeader = 'x-file-name';

function fileNameOf(request: Request, params: URLSearchParams): string | null {
  const encoded = request.headers.get(fileNameHeader);
  // An app started before names moved to the header still sends it in the query until it reloads.
  if (encoded === null) return params.get('name') ?? '';
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

export function uploadMetaOf(request: Request): UploadMeta | null {
  const params = new URL(request.url).searchParams;
  const fileName = fileNameOf(request, params);
  if (fileName === null) return null;
  const meta = uploadMeta.safeParse({
    id: params.get('id'),
    postId: params.get('postId'),
    patientId: params.get('patientId'),
    kind: params.get('kind'),
    fileName,
    sha256: params.get('sha256'),
    clientCreatedAt: Number(params.get('createdAt')),
  });
  return meta.success ? meta.data : null;
}
