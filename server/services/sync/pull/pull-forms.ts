/** Forms of the user's patients: every finalised version, and the user's own drafts. */
import 'server-only';
import type { FormDoc } from '@/lib/schemas/form';
import type { DbExecutor } from '@/server/db/client';
import { forms } from '@/server/db/schema';
import { formVisibleSql } from '@/server/policy/form-access';
import { formTombstone, toFormDoc } from '@/server/sync/docs/form-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullForms(db: DbExecutor, window: PullWindow): PullBatch<FormDoc> {
  const rows = selectPulled(db, window, { table: forms, alias: 'f', visibleTo: formVisibleSql });
  return endPull(rows, window.checkpoint, toFormDoc, formTombstone);
}
