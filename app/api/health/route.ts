import { getDb } from '@/server/db/client';
import { getHealth } from '@/server/services/health/get-health';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  let health;
  try {
    health = getHealth(getDb());
  } catch {
    health = { status: 'error', database: { reachable: false } };
  }
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
