import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale } from '@/lib/i18n/locales';

describe('negotiateLocale', () => {
  it('allows spaces around the q-value separator', () => {
    expect(negotiateLocale('fr, en ;q=0.5')).toBe('en');
    expect(negotiateLocale('fr ; q=0.9, en ; q=0.8')).toBe('en');
  });

  it.each([
    ['missing header', null, 'ja'],
    ['empty header', '', 'ja'],
    ['English first', 'en-US,en;q=0.9', 'en'],
    ['Japanese first', 'ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['q-values outrank order', 'ja;q=0.5,en;q=0.9', 'en'],
    ['equal q keeps header order', 'en;q=0.8,ja;q=0.8', 'en'],
    ['unsupported languages skipped', 'fr-FR,de;q=0.9,en;q=0.5', 'en'],
    ['q=0 means not acceptable', 'en;q=0,ja;q=0.1', 'ja'],
    ['only unsupported languages', 'fr,de', 'ja'],
    ['upper-case tags', 'EN-GB', 'en'],
    ['wildcard only', '*', 'ja'],
  ] as const)('%s: %s → %s', (_label, header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it.each([
    [['en-GB', 'ja'], 'en'],
    [['ja', 'en-US'], 'ja'],
    [['fr', 'EN'], 'en'],
    [['zh-CN'], 'ja'],
    [[], 'ja'],
  ] as const)('navigator.languages %j → %s', (languages, expected) => {
    expect(negotiateLocale(languages)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('accepts only the supported locales', () => {
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('en-US')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
