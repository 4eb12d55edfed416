/** A form version as devices hold it, and the placeholder a device gets once the user has left the team. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { FormDoc } from '@/lib/schemas/form';
import type { DbExecutor } from '@/server/db/client';
import { forms } from '@/server/db/schema';

type FormRow = typeof forms.$inferSelect;

export function toFormDoc(row: FormRow): FormDoc {
  return {
    id: row.id,
    patientId: row.patientId,
    template: row.template,
    seriesId: row.seriesId,
    version: row.version,
    supersedesId: row.supersedesId,
    status: row.status,
    authorId: row.authorId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    content: row.content,
    postId: row.postId,
    clientCreatedAt: row.clientCreatedAt,
    serverCreatedAt: row.serverCreatedAt,
    finalizedAt: row.finalizedAt,
    finalizedBy: row.finalizedBy,
    updatedAt: row.seq,
  };
}

/** Valid for the device's schema, and telling nothing but the ids. */
export function formTombstone(row: Pick<FormRow, 'id' | 'patientId' | 'seriesId' | 'template'>): FormDoc {
  return {
    id: row.id,
    patientId: row.patientId,
    template: row.template,
    seriesId: row.seriesId,
    version: 1,
    supersedesId: null,
    status: 'discarded',
    authorId: '',
    periodStart: null,
    periodEnd: null,
    content: {},
    postId: null,
    clientCreatedAt: 0,
    serverCreatedAt: null,
    finalizedAt: null,
    finalizedBy: null,
    updatedAt: 0,
  };
}

export function findFormDoc(db: DbExecutor, id: string): FormDoc | null {
  const row = db.select().from(forms).where(eq(forms.id, id)).get();
  return row ? toFormDoc(row) : null;
}
