import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadedCatalogue, translateLoaded } from '@/lib/i18n/load-catalogue';
import { en } from '@/lib/i18n/messages/en';

describe('loading one language at a time', () => {
  it('has nothing before a language is asked for, and translating then throws', () => {
    expect(loadedCatalogue('ja')).toBeNull();
    expect(() => translateLoaded('ja', 'app.name')).toThrow(/not been loaded/);
  });

  it('loads the language asked for, and only that one', async () => {
    const messages = await loadCatalogue('en');
    expect(messages['app.name']).toBe(en['app.name']);
    expect(loadedCatalogue('en')).toBe(messages);
    expect(loadedCatalogue('ja')).toBeNull();
    expect(translateLoaded('en', 'notifications.push.body', { count: 3 })).toBe('3 new — tap to open What’s new');
  });

  it('fetches a catalogue once, however often it is asked for', async () => {
    const [first, second] = await Promise.all([loadCatalogue('ja'), loadCatalogue('ja')]);
    expect(second).toBe(first);
    expect(await loadCatalogue('ja')).toBe(first);
  });
});
