'use client';
/**
 * Saves a file the server makes (an export) after fetching it, so an answer that is not the file —
 * a session that ended, no network, no access — becomes a translated error on the page instead of
 * a saved JSON error body. The file keeps the name the server gave (RFC 6266).
 */
import { isAppErrorCode } from '@/lib/errors/app-error';
import type { ClientError } from './app-error-of';

/** The file name of a `Content-Disposition` header: `filename*` (UTF-8) first, then `filename`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed name falls through to the plain one.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** Null once the file is handed to the browser to save; else why not. */
export async function downloadFile(url: string, fallbackName: string): Promise<ClientError | null> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return { code: 'NETWORK' };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: unknown } } | null;
    const code = body?.error?.code;
    return isAppErrorCode(code) ? { code } : { code: 'INTERNAL' };
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file; the object URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(href), 0);
  return null;
}
