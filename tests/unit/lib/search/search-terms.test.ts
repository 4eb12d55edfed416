/** The search tokenizer and normalisation: widths and case fold, Japanese is cut into bigrams, kana stays as typed. */
import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseWithOffsets } from '@/lib/search/normalise-text';
import { indexTerms, isPrefixTerm, queryPhrases, queryTerms } from '@/lib/search/search-terms';

describe('normaliseText', () => {
  it('folds half-width katakana into full-width, voiced marks included', () => {
    expect(normaliseText('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(normaliseText('ｶﾞｰｾﾞ')).toBe('ガーゼ');
  });

  it('folds full-width letters and digits and their case', () => {
    expect(normaliseText('ＡＢＣ')).toBe('abc');
    expect(normaliseText('ＳｐＯ２ ９８％')).toBe('spo2 98%');
  });

  it('keeps hiragana and katakana apart: kana is matched as typed', () => {
    expect(normaliseText('かたかな')).not.toBe(normaliseText('カタカナ'));
  });

  it('maps every normalised unit back to the original characters', () => {
    const { text, starts, ends } = normaliseWithOffsets('Ａｶﾞ1');
    expect(text).toBe('aガ1');
    expect(starts).toEqual([0, 1, 3]);
    expect(ends).toEqual([1, 3, 4]);
  });
});

describe('indexTerms and queryTerms', () => {
  it('index a half-width katakana word under the same terms as its full-width form', () => {
    expect(indexTerms('ｶﾀｶﾅ')).toEqual(indexTerms('カタカナ'));
    expect(queryTerms('ｶﾀｶﾅ')).toEqual(['カタ', 'タカ', 'カナ']);
  });

  it('index full-width Latin letters as the lowercase word', () => {
    expect(indexTerms('ＡＢＣ')).toEqual(['abc']);
    expect(queryTerms('abc')).toEqual(indexTerms('ＡＢＣ'));
  });

  it('find a kanji word inside a sentence: every bigram of the query is among the sentence’s terms', () => {
    const sentence = indexTerms('仙骨部の褥瘡処置を行いました。');
    for (const term of queryTerms('褥瘡処置')) expect(sentence).toContain(term);
    expect(sentence).toContain('褥瘡');
    // The last character of a run alone, so a one-character query finds it at the end too.
    expect(sentence).toContain('た');
    expect(queryTerms('褥瘡')).toEqual(['褥瘡']);
  });

  it('cut English into words and keep a decimal whole', () => {
    expect(indexTerms('Temp 37.5, BP 120/80')).toEqual(['temp', '37.5', 'bp', '120', '80']);
    expect(queryTerms('体温37.5度')).toEqual(['体温', '37.5', '度']);
    expect(queryTerms('2nd')).toEqual(['2nd']);
  });

  it('cut mixed text into Japanese runs and words', () => {
    expect(queryTerms('SpO2低下')).toEqual(['spo2', '低下']);
  });

  it('look words and single characters up as prefixes, bigrams exactly', () => {
    expect(isPrefixTerm('vit')).toBe(true);
    expect(isPrefixTerm('痛')).toBe(true);
    expect(isPrefixTerm('褥瘡')).toBe(false);
  });

  it('name the Japanese runs a hit must hold as typed', () => {
    expect(queryPhrases('褥瘡処置 pain')).toEqual(['褥瘡処置']);
    expect(queryPhrases('褥瘡')).toEqual([]);
  });
});
