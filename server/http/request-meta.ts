/** Facts about an HTTP request that the server records or checks: client IP, user agent, Origin. */
import 'server-only';

/** Set by our own HTTP server (server/cli/start.ts) from the socket; any incoming copy is dropped. */
export const clientIpHeader = 'x-renraku-client-ip';

export function clientIpOf(headers: Headers, trustProxy: boolean): string | null {
  if (trustProxy) {
    // The right-most entry is the one our proxy added; those to its left are the client's say-so.
    const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get(clientIpHeader);
}

/**
 * Whether a state-changing request comes from the app's own pages: its Origin must be the
 * configured base URL's, or name the host the request was sent to. A missing Origin is refused.
 */
export function isSameOrigin(headers: Headers, baseUrl: URL, trustProxy: boolean): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === baseUrl.origin) return true;
  const host = (trustProxy && headers.get('x-forwarded-host')) || headers.get('host');
  return host !== null && parsed.host === host;
}
