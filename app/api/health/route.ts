import { handleHealth } from '@/server/http/health-handler';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return handleHealth();
}
