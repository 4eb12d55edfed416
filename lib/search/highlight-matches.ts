/**
 * Where a query matched in a text, for highlighting: the text cut into pieces, each marked or not,
 * around the first match (a long post shows the part that matched). Found on the normalised text,
 * marked in the original, so ＡＢＣ highlights when abc was typed.
 */
import { normaliseWithOffsets } from './normalise-text';
import { textRuns } from './search-terms';

export interface TextPiece {
  text: string;
  match: boolean;
}

function matchedRanges(original: string, query: string): Array<[number, number]> {
  const { text, starts, ends } = normaliseWithOffsets(original);
  const ranges: Array<[number, number]> = [];
  for (const { text: needle } of textRuns(query)) {
    for (let at = text.indexOf(needle); at !== -1 && needle; at = text.indexOf(needle, at + needle.length)) {
      ranges.push([starts[at] ?? 0, ends[at + needle.length - 1] ?? original.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text (or, past `around` characters before the first match, an excerpt of it) in pieces. */
export function highlightMatches(original: string, query: string, around = 40, length = 160): TextPiece[] {
  const ranges = matchedRanges(original, query);
  const first = ranges[0]?.[0] ?? 0;
  const from = Math.max(0, first - around);
  const to = Math.min(original.length, from + length);
  const pieces: TextPiece[] = [];
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    if (start > cursor) pieces.push({ text: original.slice(cursor, start), match: false });
    pieces.push({ text: original.slice(Math.max(start, cursor), Math.min(end, to)), match: true });
    cursor = Math.min(end, to);
  }
  if (cursor < to) pieces.push({ text: original.slice(cursor, to), match: false });
  if (from > 0) pieces.unshift({ text: '…', match: false });
  if (to < original.length) pieces.push({ text: '…', match: false });
  return pieces;
}
