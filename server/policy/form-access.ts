/**
 * Who sees and writes forms and measurements, on top of the patient rule (patient-access.ts): a
 * draft form is its author's alone until finalised, then the whole team's; each form is written by
 * the profession that signs it (lib/domain/form-templates.ts); an observation written with a post
 * reaches that post's audience. Pure rules with their SQL twins, as for posts.
 */
import 'server-only';
import { eq, sql, type SQL } from 'drizzle-orm';
import { mayAuthorForm, type FormStatus, type FormTemplateId } from '@/lib/domain/form-templates';
import type { Profession } from '@/lib/domain/roles';
import type { DbExecutor } from '@/server/db/client';
import { users } from '@/server/db/schema';
import { canSeePost, postVisibleSql, type PostFacts } from './patient-access';

export interface FormFacts {
  authorId: string;
  status: FormStatus;
}

/** A finalised form reaches the team; a draft (or a discarded one) only its author. */
export function canSeeForm(userId: string, form: FormFacts): boolean {
  return form.status === 'final' || form.authorId === userId;
}

/** `canSeeForm` over a forms row aliased `alias`, so pulls filter before LIMIT. */
export function formVisibleSql(userId: string, alias: string): SQL {
  const f = sql.raw(alias);
  return sql`(${f}.status = 'final' OR ${f}.author_id = ${userId})`;
}

/** Whether someone of this profession may write (and so finalise) this kind of form. */
export function canAuthorForm(profession: Profession, template: FormTemplateId): boolean {
  return mayAuthorForm(profession, template);
}

export function findProfession(db: DbExecutor, userId: string): Profession | null {
  return db.select({ profession: users.profession }).from(users).where(eq(users.id, userId)).get()?.profession ?? null;
}

/** An observation without a post reaches the team; one written with a post, that post's audience. */
export function canSeeObservation(userId: string, post: PostFacts | null): boolean {
  return post === null || canSeePost(userId, post);
}

/** `canSeeObservation` over an observations row aliased `alias` (its post looked up by id). */
export function observationVisibleSql(userId: string, alias: string): SQL {
  const o = sql.raw(alias);
  return sql`(${o}.post_id IS NULL OR EXISTS (SELECT 1 FROM posts p WHERE p.id = ${o}.post_id AND ${postVisibleSql(userId, 'p')}))`;
}
