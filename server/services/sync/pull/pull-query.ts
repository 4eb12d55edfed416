/**
 * What every pull shares. A document's place in a user's change stream is its effective
 * sequence: the later of its own last change and the user's last membership change for its
 * patient — so joining a team brings the whole history, and leaving turns it into deletions.
 */
import 'server-only';
import { getTableColumns, sql, type Column, type InferSelectModel, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import type { Db } from '@/server/db/client';
import { postVisibleSql } from '@/server/policy/patient-access';

const dialect = new SQLiteSyncDialect();

export interface PullWindow {
  userId: string;
  checkpoint: SyncCheckpoint | null;
  limit: number;
}

/** Where a row stands in the user's change stream, read with it. */
export interface PullPosition {
  eff: number;
  /** The row's document id: the checkpoint's tie-breaker. */
  checkpointId: string;
  /** The patient whose team the row belongs to. */
  teamPatientId: string;
  /** The user's membership of the row's patient has ended. */
  myRemovedAt: number | null;
}

/** A row as a pull reads it: the table's row (camelCase, as Drizzle types it), and its place in the stream. */
export type PulledRow<Row> = Row & PullPosition;

export interface PullSource<Table extends SQLiteTable> {
  table: Table;
  /** The alias the table has in the query (`p` for posts: the audience rule reads it). */
  alias: string;
  /** The row's document id, as SQL over the alias; its `id` column when not given. */
  id?: SQL<string>;
  /** The column naming the row's patient; `patientId` when not given. */
  patientId?: keyof Table['_']['columns'] & string;
  /** Rows of a post (comments, receipts, attachments) reach only the post's audience, as posts do (`'self'`). */
  audienceOf?: (keyof Table['_']['columns'] & string) | 'self';
  /** Any other rule of who sees a row (the policy's SQL twin over the alias): a form's draft, say. */
  visibleTo?: (userId: string, alias: string) => SQL;
  /** More values read with each row, by name (a post's earlier versions). */
  extra?: Record<string, SQL>;
}

/**
 * The effective sequence of a row of table alias `row` for the membership alias `m`. After the
 * user left, it is the leaving itself (one batch of deletions), and rows written later never reach
 * them (see `knownToMember`).
 */
function effectiveSeq(row: SQL): SQL<number> {
  return sql<number>`(CASE WHEN m.removed_at IS NULL THEN MAX(${row}.seq, m.seq) ELSE m.seq END)`;
}

/** A row the member could have had: written while they were on the team (or they still are). */
function knownToMember(row: SQL): SQL {
  return sql`(m.removed_at IS NULL OR ${row}.seq <= m.seq)`;
}

/** `(eff, id) > checkpoint`, for an effective-sequence expression and an id expression. */
function afterCheckpoint(eff: SQL, id: SQL, checkpoint: SyncCheckpoint | null): SQL {
  return checkpoint ? sql`(${eff} > ${checkpoint.seq} OR (${eff} = ${checkpoint.seq} AND ${id} > ${checkpoint.id}))` : sql`1 = 1`;
}

/**
 * The window's rows of one table, in the order the checkpoint follows, one at a time as SQLite
 * steps through them (`iterate()`): a batch is never held as rows, only as what it becomes. Plain
 * SQL read straight into camelCase objects (each column aliased as Drizzle names it) rather than
 * Drizzle's query builder: the pull is the server's hottest path. Runs inside the pull's read
 * transaction, on the one connection, which is busy until the iteration ends — so nothing else may
 * be asked of the database while a row is in hand (a post's history comes in its row, see `extra`).
 */
export function* iteratePulled<Table extends SQLiteTable>(
  db: Db,
  { userId, checkpoint, limit }: PullWindow,
  source: PullSource<Table>,
): Generator<PulledRow<InferSelectModel<Table>>> {
  const row = sql.raw(source.alias);
  const columns: Record<string, Column> = getTableColumns(source.table);
  const column = (key: string) => sql`${row}.${sql.identifier(columns[key]?.name ?? key)}`;
  const id = source.id ?? sql<string>`${row}.id`;
  const eff = effectiveSeq(row);
  const post = source.audienceOf === 'self' ? undefined : source.audienceOf;
  const extra = Object.entries(source.extra ?? {}).map(([key, value]) => sql`, ${value} AS ${sql.identifier(key)}`);
  const query = dialect.sqlToQuery(sql`
    SELECT ${sql.join(
      Object.keys(columns).map((key) => sql`${column(key)} AS ${sql.identifier(key)}`),
      sql`, `,
    )}, ${id} AS "checkpointId", ${eff} AS "eff", m.patient_id AS "teamPatientId", m.removed_at AS "myRemovedAt"${sql.join(extra)}
    FROM ${source.table} ${row}
      ${post ? sql`JOIN posts p ON p.id = ${column(post)}` : sql``}
      JOIN care_team_members m ON m.patient_id = ${column(source.patientId ?? 'patientId')} AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, id, checkpoint)} AND ${knownToMember(row)}
      ${source.audienceOf ? sql`AND ${postVisibleSql(userId, post ? 'p' : source.alias)}` : sql``}
      ${source.visibleTo ? sql`AND ${source.visibleTo(userId, source.alias)}` : sql``}
    ORDER BY "eff", "checkpointId"
    LIMIT ${limit}`);
  // JSON columns come back as text: decode them as Drizzle would.
  const json = Object.entries(columns).filter(([, col]) => col.dataType === 'json');
  for (const pulled of db.$client.prepare(query.sql).iterate(...query.params) as IterableIterator<Record<string, unknown>>) {
    for (const [key, col] of json) pulled[key] = col.mapFromDriverValue(pulled[key]);
    yield pulled as PulledRow<InferSelectModel<Table>>;
  }
}

/** Where a pull hands each document as it is made: into an answer's list, or straight into JSON text. */
export type PullSink = (document: object & { _deleted: boolean }) => void;

/** What a pull leaves besides its documents: the checkpoint after them, and how many went out of each patient's data. */
export interface PullEnd {
  checkpoint: SyncCheckpoint | null;
  /** Documents per patient whose data went out (for the audit log); a team the user left is not counted. */
  countsByPatient: Map<string, number>;
}

/**
 * The end every pull shares: each row as its document (or, once the user has left the team, as the
 * collection's placeholder), stamped with its effective sequence and handed to `emit` at once, so
 * neither the rows nor the documents of a batch are ever held together.
 */
export function endPull<Row extends PullPosition, Doc extends object>(
  rows: Iterable<Row>,
  window: PullWindow,
  emit: PullSink,
  toDoc: (row: Row) => Doc,
  tombstone: (row: Row) => Doc,
  /** Sent deleted while the user is still on the team (a membership that ended). */
  ended: (row: Row) => boolean = () => false,
): PullEnd {
  let checkpoint = window.checkpoint;
  const countsByPatient = new Map<string, number>();
  for (const row of rows) {
    // The mappers return fresh objects: stamping them in place spares a copy per document.
    if (row.myRemovedAt !== null) {
      emit(Object.assign(tombstone(row), { updatedAt: row.eff, _deleted: true }));
    } else {
      emit(Object.assign(toDoc(row), { updatedAt: row.eff, _deleted: ended(row) }));
      countsByPatient.set(row.teamPatientId, (countsByPatient.get(row.teamPatientId) ?? 0) + 1);
    }
    checkpoint = { seq: row.eff, id: row.checkpointId };
  }
  return { checkpoint, countsByPatient };
}
