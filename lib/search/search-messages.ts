/** What the page and the search worker say to each other. */
import type { SearchAnswer, SearchEntry } from './search-entry';
import type { SearchQuery } from './search-index';

export type ToSearchWorker =
  { type: 'apply'; seq: number; upserts: SearchEntry[]; removals: string[] } | ({ type: 'query'; seq: number } & SearchQuery);

export type FromSearchWorker =
  | { type: 'applied'; seq: number; size: number; ms: number }
  | ({ type: 'answer'; seq: number } & SearchAnswer)
  | { type: 'failed'; seq: number; message: string };
