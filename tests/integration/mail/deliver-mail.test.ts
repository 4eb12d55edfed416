/** Delivering the outbox with a fake transport: sent rows are marked, failures are kept and retried with backoff, none is lost. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mailOutbox } from '@/server/db/schema';
import { deliverPendingMail, nextAttemptAt, retrySchedule, type MailTransport } from '@/server/mail/deliver-mail';
import { queueMail } from '@/server/mail/queue-mail';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';

let test: TestDatabase;
beforeEach(() => {
  test = openTestDatabase();
});
afterEach(() => test.close());

const start = new Date('2026-01-05T09:00:00+09:00');
const from = 'Renraku <noreply@renraku.example.jp>';

function fakeTransport(failures: number): MailTransport & { sent: Array<{ to: string; subject: string; text: string }>; calls: number } {
  const transport = {
    sent: [] as Array<{ to: string; subject: string; text: string }>,
    calls: 0,
    async sendMail(message: { from: string; to: string; subject: string; text: string }) {
      transport.calls += 1;
      if (transport.calls <= failures) throw new Error('421 try again later');
      expect(message.from).toBe(from);
      transport.sent.push({ to: message.to, subject: message.subject, text: message.text });
      return { messageId: `<${transport.calls}@test>` };
    },
  };
  return transport;
}

const queue = (to: string) =>
  queueMail(test.db, { template: 'applicationReceived', subject: '件名 / Subject', body: '本文\n\nBody', to, regionId: null }, start);
const rows = () => test.db.select().from(mailOutbox).all();

describe('deliverPendingMail', () => {
  it('sends what waits and marks it sent', async () => {
    queue('a@example.jp');
    queue('b@example.jp');
    const transport = fakeTransport(0);
    expect(await deliverPendingMail({ db: test.db, transport, from, now: () => start })).toEqual({ sent: 2, failed: 0 });
    expect(transport.sent.map((mail) => mail.to).sort()).toEqual(['a@example.jp', 'b@example.jp']);
    expect(transport.sent[0]).toMatchObject({ subject: '件名 / Subject', text: '本文\n\nBody' });
    expect(rows().every((row) => row.sentAt?.getTime() === start.getTime() && row.attempts === 1 && row.lastError === null)).toBe(true);
    expect(await deliverPendingMail({ db: test.db, transport, from, now: () => start })).toEqual({ sent: 0, failed: 0 });
  });

  it('keeps a failed row with its error, waits out the backoff, then retries it until it goes', async () => {
    queue('a@example.jp');
    const transport = fakeTransport(2);
    let now = start;
    const deliver = () => deliverPendingMail({ db: test.db, transport, from, now: () => now });
    expect(await deliver()).toEqual({ sent: 0, failed: 1 });
    expect(rows()[0]).toMatchObject({ sentAt: null, attempts: 1, lastError: '421 try again later' });

    now = new Date(start.getTime() + retrySchedule.firstDelayMs - 1);
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    now = new Date(start.getTime() + retrySchedule.firstDelayMs);
    expect(await deliver()).toEqual({ sent: 0, failed: 1 });
    expect(rows()[0]).toMatchObject({ attempts: 2, sentAt: null });

    now = new Date(nextAttemptAt(start, 2));
    expect(nextAttemptAt(start, 2) - start.getTime()).toBe(3 * retrySchedule.firstDelayMs);
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    expect(rows()[0]).toMatchObject({ attempts: 3, lastError: null });
    expect(rows()[0]?.sentAt).toEqual(now);
    expect(rows()).toHaveLength(1);
  });

  it('never waits more than the cap between attempts', () => {
    const gaps = [10, 11, 12].map((attempts) => nextAttemptAt(start, attempts + 1) - nextAttemptAt(start, attempts));
    expect(gaps).toEqual([retrySchedule.maxDelayMs, retrySchedule.maxDelayMs, retrySchedule.maxDelayMs]);
  });
});
