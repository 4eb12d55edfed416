/**
 * The terms search indexes and looks for. Japanese has no spaces: a run of kanji and kana is cut
 * into overlapping character pairs (bigrams), plus its last character alone, so any word inside a
 * sentence is found whatever its length; other text is cut into words (a decimal such as 37.5
 * stays one word). Everything is normalised first (NFKC, case folded).
 */
import { normaliseText } from './normalise-text';

/** Kanji, hiragana, katakana, the long-vowel mark and the iteration marks. */
const japanese = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006\u303b`;
const japaneseChar = new RegExp(`[${japanese}]`, 'u');
/** A Japanese run, a number (37.5, 10:30) or a word of other letters and digits. */
const piece = new RegExp(`[${japanese}]+|\\p{N}+(?:[.:]\\p{N}+)*(?!\\p{Script=Latin})|(?:(?![${japanese}])[\\p{L}\\p{N}])+`, 'gu');

export interface TextRun {
  text: string;
  japanese: boolean;
}

/** The normalised text's runs of Japanese and its words, in order. */
export function textRuns(text: string): TextRun[] {
  return Array.from(normaliseText(text).matchAll(piece), ([run]) => ({ text: run, japanese: japaneseChar.test(run) }));
}

function bigramsOf(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let index = 0; index + 1 < chars.length; index += 1) pairs.push(`${chars[index]}${chars[index + 1]}`);
  return pairs;
}

/** What a document is indexed under. */
export function indexTerms(text: string): string[] {
  return textRuns(text).flatMap(({ text: run, japanese }) => {
    if (!japanese) return [run];
    const chars = Array.from(run);
    // The last character alone: a one-character query then finds it at the end of a run too.
    return chars.length === 1 ? chars : [...bigramsOf(run), chars[chars.length - 1] ?? ''];
  });
}

/** What a query looks for: bigrams of each Japanese run (a single character alone), and words. */
export function queryTerms(query: string): string[] {
  return textRuns(query).flatMap(({ text: run, japanese }) => (japanese ? bigramsOf(run) : [run]));
}

/** Whether a query term is looked for as the start of indexed terms: words being typed, single kanji or kana. */
export function isPrefixTerm(term: string): boolean {
  return !japaneseChar.test(term) || Array.from(term).length === 1;
}

/** The Japanese runs of a query, which a hit must contain as typed (bigrams alone do not keep their order). */
export function queryPhrases(query: string): string[] {
  return textRuns(query)
    .filter((run) => run.japanese && Array.from(run.text).length > 2)
    .map((run) => run.text);
}
