import { describe, expect, it } from 'vitest';
import { appErrorCodes } from '@/lib/errors/app-error';
import { catalogues, placeholdersOf, translate } from '@/lib/i18n/catalogue';
import { errorMessageKeys } from '@/lib/i18n/error-message-keys';
import { en } from '@/lib/i18n/messages/en';
import { ja } from '@/lib/i18n/messages/ja';

const jaMessages: Record<string, string> = ja;
const enMessages: Record<string, string> = en;

describe('message catalogues', () => {
  it('ja and en define exactly the same keys', () => {
    expect(Object.keys(enMessages).sort()).toEqual(Object.keys(jaMessages).sort());
  });

  it('has no empty or blank message', () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const blank = Object.entries(messages)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${locale}:${key}`);
      expect(blank).toEqual([]);
    }
  });

  it('uses the same {placeholders} for each key in both languages', () => {
    const mismatched = Object.keys(jaMessages).filter(
      (key) => placeholdersOf(jaMessages[key] ?? '').join(',') !== placeholdersOf(enMessages[key] ?? '').join(','),
    );
    expect(mismatched).toEqual([]);
  });

  it('has a message for every AppError code', () => {
    for (const code of Object.keys(appErrorCodes) as Array<keyof typeof appErrorCodes>) {
      const key = errorMessageKeys[code];
      expect(key in jaMessages, key).toBe(true);
      expect(key in enMessages, key).toBe(true);
    }
  });
});

describe('placeholdersOf', () => {
  it('lists placeholder names sorted, repeated ones kept', () => {
    expect(placeholdersOf('{b} and {a}, again {b}')).toEqual(['a', 'b', 'b']);
    expect(placeholdersOf('no placeholders')).toEqual([]);
  });
});

describe('translate', () => {
  it('returns the template untouched without params', () => {
    expect(translate('en', 'error.LOGIN_LOCKED')).toBe(enMessages['error.LOGIN_LOCKED']);
  });

  it('fills placeholders in the chosen language', () => {
    expect(translate('ja', 'home.welcome', { name: '佐藤' })).toBe('佐藤 さん');
    const en = translate('en', 'password.problem.tooShort', { min: 13 });
    expect(en).toContain('13');
    expect(en).not.toContain('{min}');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(translate('ja', 'home.welcome', { other: 'x' })).toBe('{name} さん');
  });
});
