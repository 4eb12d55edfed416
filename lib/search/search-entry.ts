/** One searchable thing on the device — a post, a comment, a form, a file name — as the index holds it. */

export const searchKinds = ['post', 'comment', 'form', 'attachment'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchEntry {
  /** `<kind>:<document id>`: documents of different collections never collide. */
  id: string;
  kind: SearchKind;
  patientId: string;
  /** The post it opens in the timeline (null: a form not yet posted, opened on its own). */
  postId: string | null;
  /** For a form: the form to open when it has no post. */
  formId: string | null;
  authorId: string;
  /** When it was written (ms). */
  at: number;
  text: string;
}

/** A hit is the entry as indexed (hits come newest first, unscored). */
export type SearchHit = SearchEntry;

export interface SearchAnswer {
  hits: SearchHit[];
  /** Every match, of which `hits` are the newest. */
  total: number;
  /** Time spent answering, in the index's thread. */
  ms: number;
}
