/**
 * An outbox's delivery loop in the server process (mail, push): a run at start and then every
 * `everyMs`, never two at once; a run's failures are logged under the outbox's name and retried by
 * the next run. Returns the function that stops it.
 */
import 'server-only';

export function repeatDelivery(name: string, everyMs: number, deliver: () => Promise<{ failed: number }>, failedWhat: string): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    void deliver()
      .then(
        (report) => report.failed > 0 && console.error(`[${name}] ${report.failed} ${failedWhat} failed; they will be retried`),
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
