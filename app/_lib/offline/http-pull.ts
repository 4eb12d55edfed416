'use client';
/**
 * A pull over GET /api/sync/pull (lib/sync/pull.ts). Its failures reach the replication as the
 * tRPC client's errors did, so the app reads them in one way (app/_lib/app-error-of.ts): a
 * refusal carries its AppError code and details, a request the server never answered carries none.
 */
import { TRPCClientError } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { fetchNotingReach } from '@/app/_lib/server-reach';
import { isAppErrorCode, type AppErrorDetails } from '@/lib/errors/app-error';
import { pullEndpoint, pullSearchParams, type PullRequest, type PullResponse } from '@/lib/sync/pull';

type PullAnswer = PullResponse<Record<string, unknown>> | { error?: { code?: unknown; details?: AppErrorDetails } };

export async function httpPull(request: PullRequest): Promise<PullResponse<Record<string, unknown>>> {
  let response: Response;
  let body: PullAnswer | null;
  try {
    response = await fetchNotingReach(`${pullEndpoint}?${pullSearchParams(request).toString()}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    body = (await response.json().catch(() => null)) as PullAnswer | null;
  } catch (error) {
    throw TRPCClientError.from<AnyRouter>(error instanceof Error ? error : new Error(String(error)));
  }
  if (response.ok && body && 'documents' in body) return body;
  const refusal = body && 'error' in body ? body.error : undefined;
  // No code of ours (a proxy's page, a cut-off answer): as the tRPC client, a failure with no data.
  if (!isAppErrorCode(refusal?.code)) throw TRPCClientError.from<AnyRouter>(new Error(`pull answered HTTP ${response.status}`));
  const appError = { code: refusal.code, details: refusal.details ?? null };
  throw TRPCClientError.from<AnyRouter>({
    error: { message: refusal.code, code: -32000, data: { appError, httpStatus: response.status } },
  } as never);
}
