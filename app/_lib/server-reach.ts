'use client';
/**
 * Whether the server answered the app's last request. The browser can say it is online with no way
 * through: a home's Wi-Fi with no line behind it, a hotel's sign-in page, a tablet just woken. The
 * app then works as offline (app/_lib/use-online.ts) until an answer comes, and while it waits it
 * asks GET /api/health now and then, so that no screen stays offline once the line is back.
 *
 * Only the app's own requests count (tRPC and the sync's pulls): an answer in JSON is the server's,
 * a refusal included; a request nothing answered, or a proxy's page, is not.
 */
const probeEveryMs = 5_000;
const probeUrl = '/api/health';

let unreached = false;
let probe: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function note(reached: boolean): void {
  if (unreached !== reached) return;
  unreached = !reached;
  keepProbing();
  for (const listener of listeners) listener();
}

/** Probes only while a screen shows the state and the last request went unanswered. */
function keepProbing(): void {
  const wanted = unreached && listeners.size > 0;
  if (wanted && !probe) {
    probe = setInterval(() => {
      if (navigator.onLine) void fetchNotingReach(probeUrl, { cache: 'no-store', credentials: 'omit' }).catch(() => undefined);
    }, probeEveryMs);
  } else if (!wanted && probe) {
    clearInterval(probe);
    probe = undefined;
  }
}

/** `fetch`, noting whether the server answered. Its outcome is passed on unchanged. */
export async function fetchNotingReach(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(input, init);
  } catch (error) {
    // A request the app called off tells nothing about the line.
    if (!(error instanceof Error && error.name === 'AbortError')) note(false);
    throw error;
  }
  note(/\bjson\b/.test(response.headers.get('content-type') ?? ''));
  return response;
}

/** Whether the last of the app's requests went unanswered. */
export function serverUnreached(): boolean {
  return unreached;
}

export function subscribeServerReach(listener: () => void): () => void {
  listeners.add(listener);
  // The browser coming back online makes the last failure stale: the next request decides.
  window.addEventListener('online', forgetFailure);
  keepProbing();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('online', forgetFailure);
    keepProbing();
  };
}

function forgetFailure(): void {
  note(true);
}
