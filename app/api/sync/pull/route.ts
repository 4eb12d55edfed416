import { handleSyncPull } from '@/server/http/sync-pull-handler';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return handleSyncPull(request);
}
