'use client';
/**
 * The photos, forms and comments of the unread posts, and the patients I own, from this device.
 * Attachments, finalised forms, comments and memberships are far fewer than posts; they are read
 * once the first posts have painted, and live after that.
 */
import { combineLatest, map } from 'rxjs';
import { photoKinds, type AttachmentKind } from '@/lib/schemas/attachment';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import { noExtras, type FeedExtras } from './build-feed';

const photoKindSet = new Set<AttachmentKind>(photoKinds);

function countBy<T>(docs: T[], keyOf: (doc: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const key = keyOf(doc);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function useFeedExtras(enabled: boolean): FeedExtras {
  const { db, me } = useOffline();
  const extras = useRx(() => {
    if (!db || !enabled) return null;
    return combineLatest([
      db.attachments.find().$,
      db.forms.find({ selector: { status: 'final' } }).$,
      db.comments.find().$,
      // A membership's role is sealed at rest: the few memberships are read and filtered here.
      db.members.find().$,
    ]).pipe(
      map(([attachments, forms, comments, owners]): FeedExtras => ({
        photosByPost: countBy(attachments, (attachment) => (photoKindSet.has(attachment.kind) ? attachment.postId : null)),
        formByPost: new Map(
          forms.filter((form) => form.postId !== null).map((form) => [form.postId as string, form.template as FormTemplateId]),
        ),
        commentsByPost: countBy(comments, (comment) =>
          comment.authorId === me.id || comment.retractedAt !== null ? null : comment.postId,
        ),
        ownedPatientIds: new Set(
          owners.filter((member) => member.userId === me.id && member.role === 'owner').map((owner) => owner.patientId),
        ),
      })),
    );
  }, [db, me.id, enabled]);
  return extras ?? noExtras;
}
