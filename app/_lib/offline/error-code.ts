/** Digs the AppError code out of a replication error (RxDB wraps the transport's errors). */
import { clientErrorOf, type ClientError } from '@/app/_lib/app-error-of';

export function replicationErrorCode(error: unknown): ClientError['code'] {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const code = clientErrorOf(current).code;
    if (code !== 'INTERNAL') return code;
    const record = current as { parameters?: { errors?: unknown[] }; cause?: unknown; errors?: unknown[] };
    queue.push(...(record.parameters?.errors ?? []), ...(record.errors ?? []), record.cause);
  }
  return 'INTERNAL';
}
