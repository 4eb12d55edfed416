/** Forms of the user's patients: every finalised version, and the user's own drafts. */
import 'server-only';
import type { Db } from '@/server/db/client';
import { forms } from '@/server/db/schema';
import { formVisibleSql } from '@/server/policy/form-access';
import { formTombstone, toFormDoc } from '@/server/sync/docs/form-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullForms(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const rows = iteratePulled(db, window, { table: forms, alias: 'f', visibleTo: formVisibleSql });
  return endPull(rows, window, emit, toFormDoc, formTombstone);
}
