/** The delivery loop tells the operator of what failed and of what it gave up on (expired), and of nothing else. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repeatDelivery, type DeliveryRun } from '@/server/jobs/repeat-delivery';

afterEach(() => vi.restoreAllMocks());

async function logsOf(report: DeliveryRun): Promise<string[]> {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let ran!: () => void;
  const done = new Promise<void>((resolve) => (ran = resolve));
  const stop = repeatDelivery('push', 60_000, () => Promise.resolve(report).finally(() => ran()), 'notification(s)');
  await done;
  // The run's report is logged after its promise settles.
  await new Promise((resolve) => setTimeout(resolve, 0));
  stop();
  return logged.mock.calls.map((call) => String(call[0]));
}

describe('repeatDelivery', () => {
  it('logs pushes that expired undelivered, beside the failures', async () => {
    expect(await logsOf({ failed: 2, expired: 3 })).toEqual([
      '[push] 2 notification(s) failed; they will be retried',
      '[push] 3 notification(s) expired undelivered; kept in the outbox, not sent',
    ]);
  });

  it('is quiet when everything went', async () => {
    expect(await logsOf({ failed: 0, expired: 0 })).toEqual([]);
    expect(await logsOf({ failed: 0 })).toEqual([]);
  });
});
