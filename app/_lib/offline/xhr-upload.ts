'use client';
/** Uploads over XMLHttpRequest, the one browser API that reports upload progress. */
import { isAppErrorCode } from '@/lib/errors/app-error';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import type { OutboxFile } from '@/lib/offline/outbox-records';
import { UploadFailure, type UploadTransport } from '@/lib/offline/outbox-sender';

/** The upload's address: ids, kind, checksum and time; never the file's name, which proxies would log. */
export function uploadUrl(file: OutboxFile): string {
  const params = new URLSearchParams({
    id: file.id,
    postId: file.postId,
    patientId: file.patientId,
    kind: file.kind,
    sha256: file.sha256,
    createdAt: String(file.createdAt),
  });
  return `/api/files?${params.toString()}`;
}

/** The name travels in a header, percent-encoded UTF-8 (server/http/upload-meta.ts). */
export const fileNameHeader = 'X-File-Name';

export function encodeFileName(name: string): string {
  return encodeURIComponent(name);
}

export const xhrUploadTransport: UploadTransport = {
  upload(file, onProgress) {
    return new Promise<AttachmentDoc>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', uploadUrl(file));
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.setRequestHeader(fileNameHeader, encodeFileName(file.fileName));
      xhr.responseType = 'json';
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      xhr.onload = () => {
        const body = xhr.response as { attachment?: AttachmentDoc; error?: { code?: unknown } } | null;
        if (xhr.status === 200 && body?.attachment) return resolve(body.attachment);
        const code = body?.error?.code;
        reject(new UploadFailure(isAppErrorCode(code) ? code : xhr.status >= 500 ? 'INTERNAL' : 'NETWORK'));
      };
      xhr.onerror = xhr.ontimeout = xhr.onabort = () => reject(new UploadFailure('NETWORK'));
      xhr.timeout = 5 * 60_000;
      xhr.send(file.bytes);
    });
  },
};
