/** GET /api/health: 200 `{ status: 'ok' }`, or 503 `{ status: 'error' }`; never cached. */
import 'server-only';
import { getDb } from '@/server/db/client';
import { getHealth, type Health } from '@/server/services/health/get-health';

export function handleHealth(): Response {
  let health: Health;
  try {
    health = getHealth(getDb());
  } catch {
    health = { status: 'error' };
  }
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
