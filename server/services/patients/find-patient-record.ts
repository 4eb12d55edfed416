/**
 * Everything of one patient's record that one user may see, read in one go for an export: the
 * patient, the team's history, the posts of their audience with those posts' comments and files,
 * the measurements that reach them and the finalised forms. Asks the access policy (its SQL twins)
 * for each kind; the caller has already asked whether the user may read the patient at all.
 */
import 'server-only';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { attachments, careTeamMembers, comments, facilities, forms, observations, patients, posts, users } from '@/server/db/schema';
import { isUserActive } from '@/server/policy/actor';
import { observationVisibleSql } from '@/server/policy/form-access';
import { postVisibleSql } from '@/server/policy/patient-access';

export function findPatientRecord(db: DbExecutor, userId: string, patientId: string) {
  const patient = db.select().from(patients).where(eq(patients.id, patientId)).get();
  if (!patient) return null;
  const members = db.select().from(careTeamMembers).where(eq(careTeamMembers.patientId, patientId)).all();
  const visiblePosts = db
    .select()
    .from(posts)
    .where(and(eq(posts.patientId, patientId), postVisibleSql(userId, 'posts')))
    .orderBy(posts.clientCreatedAt)
    .all();
  const postIds = new Set(visiblePosts.map((post) => post.id));
  const ofVisiblePosts = <Row extends { postId: string }>(rows: Row[]) => rows.filter((row) => postIds.has(row.postId));
  const postComments = ofVisiblePosts(
    db.select().from(comments).where(eq(comments.patientId, patientId)).orderBy(comments.clientCreatedAt).all(),
  );
  const files = ofVisiblePosts(
    db.select().from(attachments).where(eq(attachments.patientId, patientId)).orderBy(attachments.clientCreatedAt).all(),
  );
  const measurements = db
    .select()
    .from(observations)
    .where(and(eq(observations.patientId, patientId), observationVisibleSql(userId, 'observations')))
    .orderBy(observations.measuredAt)
    .all();
  // Drafts are their author's work in progress, not yet part of the record.
  const finalForms = db
    .select()
    .from(forms)
    .where(and(eq(forms.patientId, patientId), eq(forms.status, 'final'), isNotNull(forms.finalizedAt)))
    .orderBy(forms.finalizedAt)
    .all();
  const staffIds = new Set([
    ...members.map((member) => member.userId),
    ...visiblePosts.flatMap((post) => [post.authorId, ...post.recipientIds]),
    ...postComments.map((comment) => comment.authorId),
    ...files.map((file) => file.uploadedBy),
    ...measurements.map((measurement) => measurement.authorId),
    ...finalForms.map((form) => form.authorId),
  ]);
  const staff = db
    .select({ user: users, facility: facilities })
    .from(users)
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .where(inArray(users.id, [...staffIds]))
    .all()
    .map(({ user, facility }) => ({
      user: {
        id: user.id,
        displayName: user.displayName,
        displayNameKana: user.displayNameKana,
        profession: user.profession,
        facilityId: facility.id,
        active: isUserActive({ disabled: user.disabledAt !== null, facility }),
      },
      facility: {
        id: facility.id,
        name: facility.name,
        nameKana: facility.nameKana,
        kind: facility.kind,
        active: facility.status === 'active',
      },
    }));
  const registeredBy = db.select().from(facilities).where(eq(facilities.id, patient.registeredByFacilityId)).get();
  return {
    patient,
    members,
    posts: visiblePosts,
    comments: postComments,
    attachments: files,
    observations: measurements,
    forms: finalForms,
    staff,
    registeredBy,
  };
}

export type PatientRecord = NonNullable<ReturnType<typeof findPatientRecord>>;
