/**
 * The device's search index over its own data, held in memory only — it is patient data, and is
 * rebuilt from the encrypted database at each start, never stored. Runs in a Web Worker
 * (search-worker.ts), or in the page where there is none.
 *
 * An inverted index of the terms (search-terms.ts) to the entries holding them. Hits are shown
 * newest first, not by relevance, so nothing is scored: a query intersects the entries of its
 * terms, smallest first, and only the newest `limit` of the matches are kept (MiniSearch,
 * used before, scored and built a result for every match — a query matching all 20,000 posts took
 * 150 ms in the worker for 50 shown).
 */
import { normaliseText } from './normalise-text';
import type { SearchAnswer, SearchEntry } from './search-entry';
import { indexTerms, isPrefixTerm, queryPhrases, queryTerms } from './search-terms';

export interface SearchQuery {
  query: string;
  /** Only this patient's records (a timeline's search); null for all of the user's patients. */
  patientId: string | null;
  limit: number;
}

interface Held {
  entry: SearchEntry;
  /** The normalised text, to check that a hit holds the query's Japanese as typed. */
  normalised: string;
  terms: string[];
}

export class SearchIndex {
  private readonly held = new Map<string, Held>();
  private readonly postings = new Map<string, Set<string>>();

  get size(): number {
    return this.held.size;
  }

  /** Adds entries, replacing any already held under the same id. */
  upsert(entries: readonly SearchEntry[]): void {
    for (const entry of entries) {
      this.remove([entry.id]);
      const terms = [...new Set(indexTerms(entry.text))];
      for (const term of terms) {
        const ids = this.postings.get(term);
        if (ids) ids.add(entry.id);
        else this.postings.set(term, new Set([entry.id]));
      }
      this.held.set(entry.id, { entry, normalised: normaliseText(entry.text), terms });
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const held = this.held.get(id);
      if (!held) continue;
      for (const term of held.terms) {
        const holders = this.postings.get(term);
        holders?.delete(id);
        if (holders?.size === 0) this.postings.delete(term);
      }
      this.held.delete(id);
    }
  }

  search({ query, patientId, limit }: SearchQuery): Omit<SearchAnswer, 'ms'> {
    const terms = [...new Set(queryTerms(query))];
    if (terms.length === 0) return { hits: [], total: 0 };
    const sets = terms.map((term) => this.holdersOf(term)).sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const phrases = queryPhrases(query);
    const newest: SearchEntry[] = [];
    let total = 0;
    for (const id of smallest ?? []) {
      if (!others.every((holders) => holders.has(id))) continue;
      const held = this.held.get(id);
      if (!held || (patientId !== null && held.entry.patientId !== patientId)) continue;
      if (!phrases.every((phrase) => held.normalised.includes(phrase))) continue;
      total += 1;
      keepNewest(newest, held.entry, limit);
    }
    return { hits: newest.map((entry) => ({ ...entry })), total };
  }

  /** The entries holding a term; a word being typed or a single character also as the start of longer terms. */
  private holdersOf(term: string): ReadonlySet<string> {
    if (!isPrefixTerm(term)) return this.postings.get(term) ?? new Set();
    const holders = new Set<string>();
    for (const [indexed, ids] of this.postings) {
      if (!indexed.startsWith(term)) continue;
      for (const id of ids) holders.add(id);
    }
    return holders;
  }
}

/** Newest first (a nurse looks for the latest word on a wound, not the best-scored one); ties by id. */
function newerFirst(a: SearchEntry, b: SearchEntry): number {
  return b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Keeps `kept` the newest `limit` entries seen so far, in order: a query matching 20,000 posts
 * places each in a list of 50 instead of sorting all 20,000 (the worker's answer for such a query
 * was 45 ms, most of it that sort).
 */
function keepNewest(kept: SearchEntry[], entry: SearchEntry, limit: number): void {
  if (limit <= 0) return;
  const last = kept[kept.length - 1];
  if (kept.length === limit && last && newerFirst(entry, last) >= 0) return;
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (newerFirst(kept[middle] as SearchEntry, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  kept.splice(low, 0, entry);
  if (kept.length > limit) kept.pop();
}
