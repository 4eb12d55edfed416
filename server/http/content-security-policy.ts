/**
 * The Content-Security-Policy of every page, in one place (proxy.ts sends it; its test pins it).
 * Scripts run only from this origin or inline with this response's nonce (pages rendered per
 * request: Next puts the nonce on its scripts) or one of the build's hashes (the prerendered app
 * shell, whose inline scripts were fixed at build time and which the service worker serves
 * offline with the headers it was cached with). No 'unsafe-inline' for scripts; styles keep it
 * (React and Next set style attributes).
 */

export interface PolicyInput {
  /** Fresh for each response: base64 of 16 random bytes. */
  nonce: string;
  /** `sha256-…` of every inline script in the build's prerendered pages (server/http/inline-script-hashes.ts). */
  scriptHashes: readonly string[];
  /** Served over HTTPS: ask the browser to upgrade any http: subresource. */
  overHttps: boolean;
  /** `next dev` evaluates code for fast refresh; never in a production build. */
  development?: boolean;
}

export function contentSecurityPolicy({ nonce, scriptHashes, overHttps, development = false }: PolicyInput): string {
  const scriptSources = [
    "'self'",
    `'nonce-${nonce}'`,
    ...scriptHashes.map((hash) => `'${hash}'`),
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(overHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** 16 random bytes, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
