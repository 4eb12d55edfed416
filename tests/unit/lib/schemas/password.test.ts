import { describe, expect, it } from 'vitest';
import { findPasswordProblems, passwordMaxLength } from '@/lib/schemas/password';

describe('findPasswordProblems', () => {
  it.each([
    ['13 characters, all three kinds', 'abcdefghij1!x', {}, []],
    ['12 characters', 'abcdefghi1!x', {}, ['tooShort']],
    ['no digit', 'abcdefghijkl!', {}, ['needsDigit']],
    ['no symbol', 'abcdefghijk12', {}, ['needsSymbol']],
    ['no letter', '1234567890!@#', {}, ['needsLetter']],
    ['a space is not a symbol', 'abcdefghij 12', {}, ['needsSymbol']],
    ['empty', '', {}, ['tooShort', 'needsLetter', 'needsDigit', 'needsSymbol']],
    ['8 with a second factor', 'abcd12!x', { hasSecondFactor: true }, []],
    ['7 with a second factor', 'abc12!x', { hasSecondFactor: true }, ['tooShort']],
    ['8 without a second factor', 'abcd12!x', {}, ['tooShort']],
    ['Japanese letters count as letters', 'かんごしのぱすわーどだ1!', {}, []],
    ['kanji count as letters', '在宅医療連携手帳二〇二四年1!', {}, []],
    ['full-width digits count as digits', 'abcdefghijk１!', {}, []],
    ['Japanese punctuation counts as a symbol', 'かんごしのぱすわーどだ1。', {}, []],
  ] as const)('%s', (_label, password, options, expected) => {
    expect(findPasswordProblems(password, options)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units (an emoji is one character)', () => {
    // 12 characters, one of them an astral-plane emoji (two UTF-16 units).
    expect(findPasswordProblems('abcdefghij1😀')).toEqual(['tooShort']);
  });

  it('refuses passwords longer than the maximum', () => {
    const long = `a1!${'x'.repeat(passwordMaxLength)}`;
    expect(findPasswordProblems(long)).toEqual(['tooLong']);
    expect(findPasswordProblems(long.slice(0, passwordMaxLength))).toEqual([]);
  });
});
