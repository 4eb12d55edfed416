/**
 * Posts (記事) and their comments as Communications: the text as the payload, the author as the
 * sender, the team (or a private post's recipients) as the recipients, the post's photos and
 * documents as references, a comment `inResponseTo` its post. A retracted one stays, marked
 * entered-in-error, as the record keeps it.
 */
import type { CommentDoc } from '@/lib/schemas/comment';
import type { PostDoc } from '@/lib/schemas/post';
import { translate } from '@/lib/i18n/catalogue';
import { japanIsoTime } from '@/lib/time/japan-time';
import { confidentialitySystem, referenceTo, renrakuSystems, type FhirResource } from './resource';

type PostFacts = Pick<
  PostDoc,
  | 'id'
  | 'patientId'
  | 'authorId'
  | 'category'
  | 'body'
  | 'visibility'
  | 'recipientIds'
  | 'clientCreatedAt'
  | 'serverCreatedAt'
  | 'retractedAt'
>;
type CommentFacts = Pick<
  CommentDoc,
  'id' | 'postId' | 'patientId' | 'authorId' | 'body' | 'clientCreatedAt' | 'serverCreatedAt' | 'retractedAt'
>;

const statusOf = (retractedAt: number | null) => (retractedAt === null ? 'completed' : 'entered-in-error');

function times(doc: { clientCreatedAt: number; serverCreatedAt: number | null }) {
  return {
    sent: japanIsoTime(doc.clientCreatedAt),
    ...(doc.serverCreatedAt === null ? {} : { received: japanIsoTime(doc.serverCreatedAt) }),
  };
}

/** `attachmentIds`: the post's photos and documents that the export carries (DocumentReferences). */
export function postToFhir(post: PostFacts, attachmentIds: readonly string[]): FhirResource {
  const isPrivate = post.visibility === 'private';
  return {
    resourceType: 'Communication',
    id: post.id,
    // A private post (特別便) is restricted: for its audience only.
    ...(isPrivate ? { meta: { security: [{ system: confidentialitySystem, code: 'R', display: 'restricted' }] } } : {}),
    status: statusOf(post.retractedAt),
    category: [
      { coding: [{ system: renrakuSystems.postCategory, code: post.category, display: translate('ja', `category.${post.category}`) }] },
    ],
    subject: referenceTo('Patient', post.patientId),
    ...(isPrivate
      ? post.recipientIds.length > 0 && { recipient: post.recipientIds.map((id) => referenceTo('Practitioner', id)) }
      : { recipient: [referenceTo('CareTeam', post.patientId)] }),
    sender: referenceTo('Practitioner', post.authorId),
    ...times(post),
    payload: [{ contentString: post.body }, ...attachmentIds.map((id) => ({ contentReference: referenceTo('DocumentReference', id) }))],
  };
}

export function commentToFhir(comment: CommentFacts): FhirResource {
  return {
    resourceType: 'Communication',
    id: comment.id,
    status: statusOf(comment.retractedAt),
    subject: referenceTo('Patient', comment.patientId),
    inResponseTo: [referenceTo('Communication', comment.postId)],
    sender: referenceTo('Practitioner', comment.authorId),
    ...times(comment),
    payload: [{ contentString: comment.body }],
  };
}
