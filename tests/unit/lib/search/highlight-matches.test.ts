/** Highlighting: found on the normalised text, marked in the original, around the first match. */
import { describe, expect, it } from 'vitest';
import { highlightMatches } from '@/lib/search/highlight-matches';

const marked = (pieces: ReturnType<typeof highlightMatches>) => pieces.filter((piece) => piece.match).map((piece) => piece.text);

describe('highlightMatches', () => {
  it('marks the original characters of a width-folded match', () => {
    expect(marked(highlightMatches('ｶﾞｰｾﾞ交換', 'ガーゼ'))).toEqual(['ｶﾞｰｾﾞ']);
    expect(marked(highlightMatches('ＡＢＣ評価', 'abc'))).toEqual(['ＡＢＣ']);
  });

  it('marks every word of the query, and keeps the rest as text', () => {
    const pieces = highlightMatches('褥瘡の処置。褥瘡は改善', '褥瘡 処置');
    expect(pieces.map((piece) => piece.text).join('')).toBe('褥瘡の処置。褥瘡は改善');
    expect(marked(pieces)).toEqual(['褥瘡', '処置', '褥瘡']);
  });

  it('shows the part of a long text around the first match', () => {
    const text = `${'あ'.repeat(300)}発熱${'い'.repeat(300)}`;
    const pieces = highlightMatches(text, '発熱');
    expect(pieces[0]).toEqual({ text: '…', match: false });
    expect(marked(pieces)).toEqual(['発熱']);
    expect(pieces.map((piece) => piece.text).join('').length).toBeLessThan(170);
  });
});
