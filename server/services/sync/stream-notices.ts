/**
 * The live stream of one device: a notice to pull at once (it may have missed changes), then one
 * for every change to a patient its user may read (or has just stopped reading, to pull the
 * deletions), asking the access policy each time, and none while its device awaits approval. The
 * stream's session is checked again whenever sessions or devices change somewhere and every half
 * minute; once its session or device is ended the stream ends with the error a request would get
 * (UNAUTHENTICATED), so an online device learns it at once (a revoked one is wiped within moments,
 * not at its next sync). A user holds only a few streams at once (server/sync/stream-registry.ts).
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { SyncCollection } from '@/lib/sync/protocol';
import { onSessionsChanged } from '@/server/auth/session-events';
import type { Db } from '@/server/db/client';
import type { CookieJar } from '@/server/http/cookie-jar';
import { actorOf } from '@/server/policy/actor';
import { mayReceivePatientData } from '@/server/policy/device-access';
import { mayReadPatient, type Actor } from '@/server/policy/patient-access';
import { resolveSession } from '@/server/services/auth/resolve-session';
import type { AuthConfig, SignedIn } from '@/server/services/service-options';
import { subscribeChanges, type ChangeNotice } from '@/server/sync/change-feed';
import { registerStream } from '@/server/sync/stream-registry';
import { whyStreamSessionEnded } from './stream-session-end';

export const streamRecheckEveryMs = 30_000;

/**
 * The stream's session was replaced on its own device (a password change there): the browser
 * holds the new cookie, so the stream should simply be opened again (the router answers with a
 * retryable error).
 */
export class StreamSessionReplaced extends Error {
  constructor() {
    super('stream session replaced');
    this.name = 'StreamSessionReplaced';
  }
}

export interface StreamOptions {
  db: Db;
  config: AuthConfig;
  /** The stream request's cookies: its session is resolved again from them, as a new request's would be. */
  cookies: CookieJar;
  signedIn: SignedIn;
  recheckEveryMs?: number;
}

type StreamEvent = { kind: 'notice'; notice: ChangeNotice } | { kind: 'check' } | { kind: 'evicted' };

interface Listener {
  actor: Actor;
  /** Whether the device may receive patient data now (approved, or approval not required). */
  receives: boolean;
}

function listenerOf(signedIn: Pick<SignedIn, 'user' | 'device'>): Listener {
  return { actor: actorOf(signedIn.user), receives: mayReceivePatientData(signedIn) };
}

/** Who listens now, as a new request would resolve the session; throws as it would be refused; null when signed out on this device. */
function recheck(options: StreamOptions): Listener | null {
  const { db, config, cookies, signedIn } = options;
  const resolution = resolveSession({ db, config, cookies, renew: false });
  if (resolution.signedIn) return listenerOf(resolution.signedIn);
  const ending = whyStreamSessionEnded(db, signedIn);
  if (ending === 'signedOutHere') return null;
  if (ending === 'replacedHere') throw new StreamSessionReplaced();
  throw new AppError('UNAUTHENTICATED', { reason: resolution.reason });
}

function concerns(db: Db, { actor, receives }: Listener, notice: ChangeNotice): boolean {
  if (!receives) return false;
  return (notice.userIds ?? []).includes(actor.userId) || notice.patientIds.some((patientId) => mayReadPatient(db, actor, patientId));
}

/**
 * A notice to pull: `collections` names the only ones that changed (null: all of them may have, at
 * the start, on an approval, or after a change of who is on a team).
 */
export interface PullNotice {
  seq: null;
  collections: SyncCollection[] | null;
}

const pullEverything: PullNotice = { seq: null, collections: null };

export async function* streamNotices(options: StreamOptions, signal: AbortSignal | undefined): AsyncGenerator<PullNotice> {
  const pending: StreamEvent[] = [];
  let wake: (() => void) | null = null;
  const push = (event: StreamEvent) => {
    pending.push(event);
    wake?.();
  };
  const stopFeed = subscribeChanges((notice) => push({ kind: 'notice', notice }));
  const stopSessions = onSessionsChanged(() => push({ kind: 'check' }));
  const timer = setInterval(() => push({ kind: 'check' }), options.recheckEveryMs ?? streamRecheckEveryMs);
  timer.unref();
  const unregister = registerStream(options.signedIn.user.id, () => push({ kind: 'evicted' }));
  const aborted = new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  let listener = listenerOf(options.signedIn);
  try {
    // No sequence number: the device learns only that there is something for it to pull.
    yield pullEverything;
    while (!signal?.aborted) {
      const event = pending.shift();
      if (!event) {
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
        wake = null;
        continue;
      }
      if (event.kind === 'evicted') throw new AppError('RATE_LIMITED', { reason: 'tooManyStreams' });
      if (event.kind === 'check') {
        const now = recheck(options);
        if (!now) return;
        // Just approved: what was held back is there to pull.
        const approved = now.receives && !listener.receives;
        listener = now;
        if (approved) yield pullEverything;
      } else if (concerns(options.db, listener, event.notice)) yield { seq: null, collections: event.notice.collections ?? null };
    }
  } finally {
    stopFeed();
    stopSessions();
    clearInterval(timer);
    unregister();
  }
}
