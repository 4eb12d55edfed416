/**
 * What the search index holds of the device's documents: posts, comments, file names and forms
 * that the user may see. The device holds only what the server sent, but a private post is checked
 * again here with the timeline's own rule (canSeePost), and takes its comments and files with it.
 */
import type { z } from 'zod';
import type { FieldKind } from '@/lib/forms/field-kind';
import { fieldKindOf } from '@/lib/forms/field-kind';
import { templateOf } from '@/lib/forms/templates';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import type { CommentDoc } from '@/lib/schemas/comment';
import type { FormDoc } from '@/lib/schemas/form';
import type { PostDoc } from '@/lib/schemas/post';
import type { SearchEntry } from '@/lib/search/search-entry';
import { canSeePost } from '@/app/(signed-in)/patient/_lib/post-visibility';

type Post = Pick<PostDoc, 'id' | 'patientId' | 'authorId' | 'body' | 'clientCreatedAt' | 'visibility' | 'recipientIds'>;
type Comment = Pick<CommentDoc, 'id' | 'postId' | 'patientId' | 'authorId' | 'body' | 'clientCreatedAt' | 'retractedAt'>;
type Attachment = Pick<AttachmentDoc, 'id' | 'postId' | 'patientId' | 'uploadedBy' | 'fileName' | 'clientCreatedAt'>;
type Form = Pick<FormDoc, 'id' | 'postId' | 'patientId' | 'authorId' | 'status' | 'template' | 'content' | 'clientCreatedAt'>;

export interface SearchSources {
  posts: readonly Post[];
  comments: readonly Comment[];
  attachments: readonly Attachment[];
  forms: readonly Form[];
}

export function postEntry(post: Post): SearchEntry {
  const { id, patientId, authorId, body, clientCreatedAt } = post;
  return { id: `post:${id}`, kind: 'post', patientId, postId: id, formId: null, authorId, at: clientCreatedAt, text: body };
}

export function commentEntry(comment: Comment): SearchEntry {
  const { id, patientId, postId, authorId, body, clientCreatedAt } = comment;
  return { id: `comment:${id}`, kind: 'comment', patientId, postId, formId: null, authorId, at: clientCreatedAt, text: body };
}

export function attachmentEntry(attachment: Attachment): SearchEntry {
  const { id, patientId, postId, uploadedBy, fileName, clientCreatedAt } = attachment;
  return {
    id: `attachment:${id}`,
    kind: 'attachment',
    patientId,
    postId,
    formId: null,
    authorId: uploadedBy,
    at: clientCreatedAt,
    text: fileName,
  };
}

export function formEntry(form: Form): SearchEntry {
  const { id, patientId, postId, authorId, clientCreatedAt } = form;
  return { id: `form:${id}`, kind: 'form', patientId, postId, formId: id, authorId, at: clientCreatedAt, text: textOf(form) };
}

/** The words written in a form: its text fields (by its template's schema), one per line; choices, dates and numbers are not words. */
export function textOf(form: Pick<FormDoc, 'template' | 'content'>): string {
  const shape = templateOf(form.template).content.shape as Record<string, z.ZodType>;
  const parts = Object.entries(shape).map(([key, field]) => ({ key, field: fieldKindOf(field) }));
  return textOfGroup(form.content, parts).join('\n');
}

function textOfGroup(value: unknown, parts: Array<{ key: string; field: FieldKind }>): string[] {
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  return parts.flatMap(({ key, field }) => textOfField(record[key], field));
}

function textOfField(value: unknown, field: FieldKind): string[] {
  if (field.kind === 'text') return typeof value === 'string' && value.trim() ? [value] : [];
  if (field.kind === 'group') return textOfGroup(value, field.parts);
  if (field.kind === 'rows') return Array.isArray(value) ? value.flatMap((row) => textOfGroup(row, field.columns)) : [];
  return [];
}

/** The ids of the posts the user may see. */
export function visiblePostIds(posts: readonly Post[], meId: string): Set<string> {
  return new Set(posts.filter((post) => canSeePost(meId, post)).map((post) => post.id));
}

/** Whether a document belongs in the index, given the posts the user may see. */
export const belongs = {
  comment: (comment: Comment, visible: ReadonlySet<string>) => comment.retractedAt === null && visible.has(comment.postId),
  attachment: (attachment: Attachment, visible: ReadonlySet<string>) => visible.has(attachment.postId),
  // A draft is its author's alone; a discarded one is gone from every screen.
  form: (form: Form, visible: ReadonlySet<string>, meId: string) =>
    form.status === 'final' ? form.postId === null || visible.has(form.postId) : form.status === 'draft' && form.authorId === meId,
};

/** Every entry of the user's documents on this device. */
export function searchEntriesOf(sources: SearchSources, meId: string): SearchEntry[] {
  const visible = visiblePostIds(sources.posts, meId);
  return [
    ...sources.posts.filter((post) => visible.has(post.id)).map(postEntry),
    ...sources.comments.filter((comment) => belongs.comment(comment, visible)).map(commentEntry),
    ...sources.attachments.filter((attachment) => belongs.attachment(attachment, visible)).map(attachmentEntry),
    ...sources.forms.filter((form) => belongs.form(form, visible, meId)).map(formEntry),
  ];
}
