/** The in-memory index: what it finds, in what order, and how it follows changes. */
import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '@/lib/search/search-entry';
import { SearchIndex } from '@/lib/search/search-index';

const patientA = 'patient-a';
const patientB = 'patient-b';

function entry(id: string, text: string, at: number, patientId = patientA): SearchEntry {
  return { id: `post:${id}`, kind: 'post', patientId, postId: id, formId: null, authorId: 'nurse', at, text };
}

function ids(index: SearchIndex, query: string, patientId: string | null = null): string[] {
  return index.search({ query, patientId, limit: 50 }).hits.map((hit) => hit.id);
}

describe('SearchIndex', () => {
  const index = new SearchIndex();
  index.upsert([
    entry('1', '仙骨部の褥瘡処置を行いました。', 1),
    entry('2', '褥瘡の処置は明日に延期。', 2),
    entry('3', 'ｶﾞｰｾﾞ交換、ＡＢＣ評価', 3),
    entry('4', 'Wound dressing changed; pain 2/10', 4, patientB),
    entry('5', '頭痛あり', 5),
  ]);

  it('finds a kanji word inside a sentence, and not its characters out of order', () => {
    expect(ids(index, '褥瘡処置')).toEqual(['post:1']);
    expect(ids(index, '褥瘡')).toEqual(['post:2', 'post:1']);
  });

  it('folds width and case both ways', () => {
    expect(ids(index, 'ガーゼ')).toEqual(['post:3']);
    expect(ids(index, 'ｶﾞｰｾﾞ')).toEqual(['post:3']);
    expect(ids(index, 'abc')).toEqual(['post:3']);
    expect(ids(index, 'WOUND')).toEqual(['post:4']);
  });

  it('finds a word being typed and a single kanji wherever it stands', () => {
    expect(ids(index, 'dress')).toEqual(['post:4']);
    expect(ids(index, '痛')).toEqual(['post:5']);
  });

  it('searches one patient when asked', () => {
    expect(ids(index, 'wound', patientA)).toEqual([]);
    expect(ids(index, 'wound', patientB)).toEqual(['post:4']);
  });

  it('matches kana as typed: hiragana does not find katakana', () => {
    expect(ids(index, 'がーぜ')).toEqual([]);
  });

  it('follows edits and removals', () => {
    const live = new SearchIndex();
    live.upsert([entry('1', '発熱あり', 1)]);
    live.upsert([entry('1', '解熱しました', 2)]);
    expect(ids(live, '発熱')).toEqual([]);
    expect(ids(live, '解熱')).toEqual(['post:1']);
    live.remove(['post:1']);
    expect(ids(live, '解熱')).toEqual([]);
    expect(live.size).toBe(0);
  });

  it('counts every match but hands back only the newest `limit`, newest first', () => {
    const many = new SearchIndex();
    many.upsert(Array.from({ length: 120 }, (_, i) => entry(String(i), `引き続き経過観察します。記録 ${i}`, 1_000 + i)));
    many.upsert([entry('other', '観察経過を記録', 5_000)]);
    const answer = many.search({ query: '経過観察', patientId: null, limit: 5 });
    expect(answer.total).toBe(120);
    expect(answer.hits.map((hit) => hit.id)).toEqual(['post:119', 'post:118', 'post:117', 'post:116', 'post:115']);
    expect(many.search({ query: '記録', patientId: null, limit: 200 }).total).toBe(121);
  });

  it('hands back the same newest hits whatever order the entries came in, ties by id', () => {
    const texts = Array.from({ length: 300 }, (_, i) => entry(String(i).padStart(3, '0'), `褥瘡の処置 ${i}`, 1_000 + (i % 40)));
    const shuffled = [...texts].sort(
      (a, b) => ((a.at * 7919 + Number(a.id.slice(5))) % 301) - ((b.at * 7919 + Number(b.id.slice(5))) % 301),
    );
    const expected = [...texts]
      .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
      .slice(0, 25)
      .map((hit) => hit.id);
    for (const order of [texts, [...texts].reverse(), shuffled]) {
      const held = new SearchIndex();
      held.upsert(order);
      const answer = held.search({ query: '褥瘡', patientId: null, limit: 25 });
      expect(answer.total).toBe(300);
      expect(answer.hits.map((hit) => hit.id)).toEqual(expected);
    }
    const none = new SearchIndex();
    none.upsert(texts);
    expect(none.search({ query: '褥瘡', patientId: null, limit: 0 })).toEqual({ hits: [], total: 300 });
  });

  it('answers nothing for a query with no terms', () => {
    expect(index.search({ query: ' 、。', patientId: null, limit: 50 })).toEqual({ hits: [], total: 0 });
  });
});
