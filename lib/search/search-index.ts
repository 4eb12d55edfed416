/**
 * The device's search index over its own data (MiniSearch), held in memory only — it is patient
 * data, and is rebuilt from the encrypted database at each start, never stored. Runs in a Web
 * Worker (search-worker.ts), or in the page where there is none.
 */
import MiniSearch from 'minisearch';
import { normaliseText } from './normalise-text';
import type { SearchAnswer, SearchEntry } from './search-entry';
import { indexTerms, isPrefixTerm, queryPhrases, queryTerms } from './search-terms';

const storedFields = ['kind', 'patientId', 'postId', 'formId', 'authorId', 'at', 'text'] as const;

export interface SearchQuery {
  query: string;
  /** Only this patient's records (a timeline's search); null for all of the user's patients. */
  patientId: string | null;
  limit: number;
}

export class SearchIndex {
  private readonly mini = new MiniSearch<SearchEntry>({
    fields: ['text'],
    storeFields: [...storedFields],
    tokenize: indexTerms,
    // The terms come normalised from the tokenizer; MiniSearch's default would lowercase again.
    processTerm: (term) => term,
    searchOptions: { tokenize: queryTerms, processTerm: (term) => term, combineWith: 'AND', prefix: isPrefixTerm },
  });
  /** Each entry's normalised text, to check that a hit holds the query's Japanese as typed. */
  private readonly normalised = new Map<string, string>();

  get size(): number {
    return this.mini.documentCount;
  }

  /** Adds entries, replacing any already held under the same id. */
  upsert(entries: readonly SearchEntry[]): void {
    const fresh: SearchEntry[] = [];
    for (const entry of entries) {
      if (this.mini.has(entry.id)) this.mini.discard(entry.id);
      this.normalised.set(entry.id, normaliseText(entry.text));
      fresh.push(entry);
    }
    this.mini.addAll(fresh);
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.mini.has(id)) continue;
      this.mini.discard(id);
      this.normalised.delete(id);
    }
  }

  search({ query, patientId, limit }: SearchQuery): Omit<SearchAnswer, 'ms'> {
    if (queryTerms(query).length === 0) return { hits: [], total: 0 };
    const phrases = queryPhrases(query);
    const found = this.mini.search(query, {
      filter: (result) =>
        (patientId === null || result.patientId === patientId) &&
        phrases.every((phrase) => this.normalised.get(result.id as string)?.includes(phrase) ?? false),
    });
    // Newest first: a nurse looks for the latest word on a wound, not the best-scored one.
    found.sort((a, b) => (b.at as number) - (a.at as number) || b.score - a.score);
    const hits = found.slice(0, limit).map((result) => {
      const stored = Object.fromEntries(storedFields.map((field) => [field, result[field]]));
      return { ...(stored as Omit<SearchEntry, 'id'>), id: result.id as string, score: result.score };
    });
    return { hits, total: found.length };
  }
}
