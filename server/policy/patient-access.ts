/**
 * The access policy for patient data, in one place: may this actor read or write this patient's
 * data, manage its team, see this post? Every service and file route asks here; nothing else
 * decides. The rules are pure functions (tested as a table); the loaders fetch their facts.
 */
import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { DbExecutor } from '@/server/db/client';
import { careTeamMembers, patients, posts } from '@/server/db/schema';

export interface Actor {
  userId: string;
  regionId: string;
  facilityId: string;
  /** Enabled account in an active facility. */
  active: boolean;
}

export interface PatientFacts {
  id: string;
  regionId: string;
  registeredByFacilityId: string;
  consentObtainedOn: string | null;
  archivedAt: number | null;
}

export interface MembershipFacts {
  role: 'owner' | 'member';
  removedAt: number | null;
}

export type PatientAction = 'read' | 'write' | 'editDetails' | 'manageTeam' | 'archive';

export type AccessDecision = { allowed: true } | { allowed: false; reason: 'inactive' | 'notOnTeam' | 'archived' | 'notOwner' };

export function decidePatientAccess(
  actor: Actor,
  patient: PatientFacts,
  membership: MembershipFacts | null,
  action: PatientAction,
): AccessDecision {
  if (!actor.active) return { allowed: false, reason: 'inactive' };
  if (!membership || membership.removedAt !== null || patient.regionId !== actor.regionId) return { allowed: false, reason: 'notOnTeam' };
  if (action === 'read') return { allowed: true };
  if ((action === 'editDetails' || action === 'manageTeam' || action === 'archive') && membership.role !== 'owner')
    return { allowed: false, reason: 'notOwner' };
  // An archived patient's record is kept read-only; only its owners may bring it back.
  if (patient.archivedAt !== null && action !== 'archive') return { allowed: false, reason: 'archived' };
  return { allowed: true };
}

export interface CandidateMember {
  regionId: string;
  facilityId: string;
  active: boolean;
}

export type JoinDecision = { allowed: true } | { allowed: false; reason: 'otherRegion' | 'inactive' | 'consentRequired' };

/** Who may be added to a team: an active user of the region; from another facility only after consent. */
export function decideTeamJoin(patient: PatientFacts, candidate: CandidateMember): JoinDecision {
  if (candidate.regionId !== patient.regionId) return { allowed: false, reason: 'otherRegion' };
  if (!candidate.active) return { allowed: false, reason: 'inactive' };
  if (candidate.facilityId !== patient.registeredByFacilityId && !patient.consentObtainedOn)
    return { allowed: false, reason: 'consentRequired' };
  return { allowed: true };
}

export interface PostFacts {
  authorId: string;
  visibility: 'team' | 'private';
  recipientIds: readonly string[];
}

/** A private post (特別便) reaches only its author and recipients; other posts the whole team. */
export function canSeePost(userId: string, post: PostFacts): boolean {
  return post.visibility === 'team' || post.authorId === userId || post.recipientIds.includes(userId);
}

export function findPatientAccessFacts(db: DbExecutor, userId: string, patientId: string) {
  const patient = db
    .select({
      id: patients.id,
      regionId: patients.regionId,
      registeredByFacilityId: patients.registeredByFacilityId,
      consentObtainedOn: patients.consentObtainedOn,
      archivedAt: patients.archivedAt,
    })
    .from(patients)
    .where(eq(patients.id, patientId))
    .get();
  if (!patient) return null;
  const membership =
    db
      .select({ role: careTeamMembers.role, removedAt: careTeamMembers.removedAt })
      .from(careTeamMembers)
      .where(and(eq(careTeamMembers.patientId, patientId), eq(careTeamMembers.userId, userId)))
      .get() ?? null;
  return { patient, membership };
}

/** Whether the actor may read the patient's data now (a live stream asks before passing a notice on). */
export function mayReadPatient(db: DbExecutor, actor: Actor, patientId: string): boolean {
  const facts = findPatientAccessFacts(db, actor.userId, patientId);
  return facts !== null && decidePatientAccess(actor, facts.patient, facts.membership, 'read').allowed;
}

/**
 * Loads the facts and applies the rule; throws NOT_FOUND for a patient the actor may not even
 * know exists, FORBIDDEN when they may read but not do this.
 */
export function assertPatientAccess(db: DbExecutor, actor: Actor, patientId: string, action: PatientAction): PatientFacts {
  const facts = findPatientAccessFacts(db, actor.userId, patientId);
  if (!facts) throw new AppError('NOT_FOUND');
  const decision = decidePatientAccess(actor, facts.patient, facts.membership, action);
  if (decision.allowed) return facts.patient;
  const mayRead = decidePatientAccess(actor, facts.patient, facts.membership, 'read').allowed;
  throw new AppError(mayRead ? 'FORBIDDEN' : 'NOT_FOUND', { reason: decision.reason });
}

/**
 * `canSeePost` as an SQL condition over a posts row aliased `alias`, so pulls filter before
 * LIMIT: a batch of someone else's private posts must not come back empty and stall a device.
 */
export function postVisibleSql(userId: string, alias: string): SQL {
  const t = sql.raw(alias);
  return sql`(${t}.visibility = 'team' OR ${t}.author_id = ${userId} OR EXISTS (SELECT 1 FROM json_each(${t}.recipient_ids) WHERE value = ${userId}))`;
}

/** The post, if the actor may see it (its audience) and do `action` with its patient's data; else null. */
export function findReachablePost(db: DbExecutor, actor: Actor, postId: string, patientId: string, action: PatientAction) {
  const post = db.select().from(posts).where(eq(posts.id, postId)).get();
  if (!post || post.patientId !== patientId || !canSeePost(actor.userId, post)) return null;
  const facts = findPatientAccessFacts(db, actor.userId, patientId);
  if (!facts || !decidePatientAccess(actor, facts.patient, facts.membership, action).allowed) return null;
  return post;
}
