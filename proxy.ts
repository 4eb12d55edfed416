/**
 * Every page response gets the Content-Security-Policy with a fresh nonce (server/http/content-security-policy.ts).
 * Next reads the nonce from the request's policy header and puts it on the scripts of pages it
 * renders per request; prerendered pages are allowed by their scripts' hashes instead.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/server/http/content-security-policy';
import { readScriptHashes } from '@/server/http/inline-script-hashes';

// Read once per process: the build does not change under a running server.
const scriptHashes = readScriptHashes();
// The one place besides server/env.ts that reads the environment, only for HTTPS: this runs apart from the server's modules.
const overHttps = (process.env.RENRAKU_BASE_URL ?? '').startsWith('https:');
const development = process.env.NODE_ENV === 'development';

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, scriptHashes, overHttps, development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  // Here and not in next.config.ts, whose headers are fixed by the build: a build made without the
  // https:// address would never send it.
  if (overHttps) response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

export const config = {
  // Pages (and the service worker and manifest), not the API (files send a sandboxing policy of their own) or hashed assets.
  matcher: ['/((?!api/|_next/static/|_next/image).*)'],
};
