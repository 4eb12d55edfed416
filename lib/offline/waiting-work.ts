/**
 * Who has unsent work waiting on this device, kept outside their databases (names and counts only,
 * nothing about patients) so the sign-in screen can say so when their session has ended, and a
 * colleague signing in on the same tablet knows the work is there and will be sent by its author.
 */
import 'client-only';

export interface WaitingWork {
  userId: string;
  loginId: string;
  displayName: string;
  /** Posts, comments, read marks and files not yet on the server. */
  count: number;
  at: number;
}

const key = 'renraku.waitingWork';

export function readWaitingWork(): WaitingWork[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as WaitingWork[]) : [];
  } catch {
    return [];
  }
}

function write(entries: WaitingWork[]): void {
  try {
    if (entries.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // Without storage the sign-in screen simply cannot say it.
  }
}

/** Records how much of a user's work waits here (none: the entry goes). */
export function noteWaitingWork(entry: Omit<WaitingWork, 'at'>): void {
  const others = readWaitingWork().filter((existing) => existing.userId !== entry.userId);
  write(entry.count > 0 ? [...others, { ...entry, at: Date.now() }] : others);
}

export function forgetWaitingWork(userId: string): void {
  write(readWaitingWork().filter((existing) => existing.userId !== userId));
}
