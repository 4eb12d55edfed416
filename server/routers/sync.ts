/** Replication over tRPC: pull by checkpoint, push with assumed master states, and a live stream. */
import 'server-only';
import { z } from 'zod';
import { pullRequest } from '@/lib/sync/pull';
import { pushRequest } from '@/lib/sync/push';
import { assertSupportedProtocol } from '@/server/services/sync/protocol-guard';
import { pullChanges } from '@/server/services/sync/pull-changes';
import { pushChanges } from '@/server/services/sync/push-changes';
import { changeNotices } from '@/server/sync/change-feed';
import { createTrpcRouter, protectedProcedure } from '@/server/trpc/init';
import { patientServiceOptions } from '@/server/trpc/service-options';

export const syncRouter = createTrpcRouter({
  pull: protectedProcedure.input(pullRequest).query(({ ctx, input }) => pullChanges(patientServiceOptions(ctx), input)),
  push: protectedProcedure.input(pushRequest).mutation(({ ctx, input }) => pushChanges(patientServiceOptions(ctx), input)),
  /** Tells the device to pull: once at start (it may have missed changes), then on every change. */
  stream: protectedProcedure.input(z.object({ protocolVersion: z.number().int() })).subscription(({ input, signal }) => {
    // Checked before streaming, so an old client gets the proper error rather than a broken stream.
    assertSupportedProtocol(input.protocolVersion);
    return streamNotices(signal);
  }),
});

async function* streamNotices(signal: AbortSignal | undefined) {
  yield { seq: null as number | null };
  for await (const notice of changeNotices(signal)) yield { seq: notice.seq as number | null };
}
