/**
 * An outbox's delivery loop in the server process (mail, push): a run at start and then every
 * `everyMs`, never two at once; a run's failures are logged under the outbox's name and retried by
 * the next run, and what it gave up on (expired: kept in the outbox, never sent) is logged too, so
 * an operator hears of it. Returns the function that stops it.
 */
import 'server-only';

export interface DeliveryRun {
  failed: number;
  /** Given up on after too long: marked in the outbox, not sent. */
  expired?: number;
}

function logRun(name: string, report: DeliveryRun, what: string): void {
  if (report.failed > 0) console.error(`[${name}] ${report.failed} ${what} failed; they will be retried`);
  if (report.expired) console.error(`[${name}] ${report.expired} ${what} expired undelivered; kept in the outbox, not sent`);
}

export function repeatDelivery(name: string, everyMs: number, deliver: () => Promise<DeliveryRun>, what: string): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    void deliver()
      .then(
        (report) => logRun(name, report, what),
        (error: unknown) => console.error(`[${name}] delivery failed`, error),
      )
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
