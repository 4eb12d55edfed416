/** An attachment's row by id. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { attachments } from '@/server/db/schema';

export type AttachmentRow = typeof attachments.$inferSelect;

export function findAttachment(db: DbExecutor, id: string): AttachmentRow | null {
  return db.select().from(attachments).where(eq(attachments.id, id)).get() ?? null;
}
