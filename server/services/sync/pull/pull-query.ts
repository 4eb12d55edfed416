/**
 * What every pull shares. A document's place in a user's change stream is its effective
 * sequence: the later of its own last change and the user's last membership change for its
 * patient — so joining a team brings the whole history, and leaving turns it into deletions.
 */
import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';

export interface PullWindow {
  userId: string;
  checkpoint: SyncCheckpoint | null;
  limit: number;
}

export interface PulledRow {
  eff: number;
  /** The user's membership of the row's patient has ended. */
  myRemovedAt: number | null;
}

/**
 * The effective sequence of a row of table alias `row` for the membership alias `m`. After the
 * user left, it is the leaving itself (one batch of deletions), and rows written later never reach
 * them (see `knownToMember`).
 */
export function effectiveSeq(row: string): SQL {
  const r = sql.raw(row);
  return sql`(CASE WHEN m.removed_at IS NULL THEN MAX(${r}.seq, m.seq) ELSE m.seq END)`;
}

/** A row the member could have had: written while they were on the team (or they still are). */
export function knownToMember(row: string): SQL {
  return sql`(m.removed_at IS NULL OR ${sql.raw(row)}.seq <= m.seq)`;
}

/** `(eff, id) > checkpoint`, for an effective-sequence expression and an id expression. */
export function afterCheckpoint(eff: SQL, id: SQL, checkpoint: SyncCheckpoint | null): SQL {
  if (!checkpoint) return sql`1 = 1`;
  return sql`(${eff} > ${checkpoint.seq} OR (${eff} = ${checkpoint.seq} AND ${id} > ${checkpoint.id}))`;
}

export function lastCheckpoint(rows: Array<{ eff: number; id: string }>, previous: SyncCheckpoint | null): SyncCheckpoint | null {
  const last = rows.at(-1);
  return last ? { seq: last.eff, id: last.id } : previous;
}
