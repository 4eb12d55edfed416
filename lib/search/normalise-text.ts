/**
 * How search compares text: Unicode NFKC (full-width Ａ and half-width ｶ become A and カ) and case
 * folded. Kana and kanji stay as typed: hiragana is not turned into katakana, nor kana into kanji.
 */

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Half-width voicing marks and combining marks belong to the character before them (ｶﾞ is ガ). */
const attached = /[\uff9e\uff9f\p{M}]/u;

export interface NormalisedWithOffsets {
  text: string;
  /** For each UTF-16 unit of `text`, where its cluster starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/**
 * The normalised text and, unit by unit, where it came from: what highlights a match found in the
 * normalised text in the original. Clusters are normalised one by one, which gives what
 * normalising the whole text gives.
 */
export function normaliseWithOffsets(original: string): NormalisedWithOffsets {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let index = 0;
  while (index < original.length) {
    const start = index;
    index += codePointLength(original, index);
    while (index < original.length && attached.test(String.fromCodePoint(original.codePointAt(index) ?? 0))) {
      index += codePointLength(original, index);
    }
    const part = normaliseText(original.slice(start, index));
    text += part;
    for (let unit = 0; unit < part.length; unit += 1) {
      starts.push(start);
      ends.push(index);
    }
  }
  return { text, starts, ends };
}

function codePointLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}
