/** Replication over tRPC: pull by checkpoint, push with assumed master states, and a live stream. */
import 'server-only';
import { z } from 'zod';
import { pullRequest } from '@/lib/sync/pull';
import { pushRequest } from '@/lib/sync/push';
import { assertSupportedProtocol } from '@/server/services/sync/protocol-guard';
import { pullChanges } from '@/server/services/sync/pull-changes';
import { pushChanges } from '@/server/services/sync/push-changes';
import { StreamSessionReplaced, streamNotices, type PullNotice, type StreamOptions } from '@/server/services/sync/stream-notices';
import { toTrpcError } from '@/server/trpc/error-codes';
import { createTrpcRouter, protectedProcedure, TRPCError } from '@/server/trpc/init';
import { patientServiceOptions } from '@/server/trpc/service-options';
import { AppError } from '@/lib/errors/app-error';

export const syncRouter = createTrpcRouter({
  pull: protectedProcedure.input(pullRequest).query(({ ctx, input }) => pullChanges(patientServiceOptions(ctx), input)),
  push: protectedProcedure.input(pushRequest).mutation(({ ctx, input }) => pushChanges(patientServiceOptions(ctx), input)),
  /** Tells the device to pull: once at start (it may have missed changes), then on every change it may see, naming what changed. */
  stream: protectedProcedure.input(z.object({ protocolVersion: z.number().int() })).subscription(({ ctx, input, signal }) => {
    // Checked before streaming, so an old client gets the proper error rather than a broken stream.
    assertSupportedProtocol(input.protocolVersion);
    return liveNotices({ db: ctx.db, config: ctx.config, cookies: ctx.cookies, signedIn: ctx.auth }, signal);
  }),
});

/**
 * Errors thrown while streaming bypass the procedures' middleware: shaped here, so the device reads
 * the AppError's code (UNAUTHENTICATED: it asks who it is, and wipes itself if nobody). A session
 * replaced on its own device answers with a retryable error: the browser reconnects with its new cookie.
 */
async function* liveNotices(options: StreamOptions, signal: AbortSignal | undefined): AsyncGenerator<PullNotice> {
  try {
    yield* streamNotices(options, signal);
  } catch (error) {
    if (error instanceof StreamSessionReplaced) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'reconnect' });
    if (error instanceof AppError) throw toTrpcError(error);
    throw error;
  }
}
