import { describe, expect, it } from 'vitest';
import { joinDraft, type DraftFields } from '@/app/(signed-in)/patient/_lib/use-composer-draft';

const saved = {
  postId: 'saved-post',
  category: 'clinical' as const,
  body: 'Sacral redness 2 cm.',
  isPrivate: false,
  recipients: [] as string[],
};
const typed = { postId: 'fresh-post', category: 'message' as const, body: 'Dressing changed.', isPrivate: true, recipients: ['doctor-1'] };
const changed = (...fields: Array<keyof DraftFields>) => new Set(fields);

describe('joinDraft: what was typed before the saved draft was read', () => {
  it('keeps the saved post id, so the photos chosen for it stay with the post', () => {
    expect(joinDraft(saved, typed, changed('body')).postId).toBe('saved-post');
  });

  it('adds text typed then after the saved text instead of replacing it', () => {
    expect(joinDraft(saved, typed, changed('body')).body).toBe('Sacral redness 2 cm.\nDressing changed.');
  });

  it('takes the typed text alone when nothing was saved, and the saved text when only blanks were typed', () => {
    expect(joinDraft({ ...saved, body: '  ' }, typed, changed('body')).body).toBe('Dressing changed.');
    expect(joinDraft(saved, { ...typed, body: ' ' }, changed('body')).body).toBe('Sacral redness 2 cm.');
  });

  it('lets the fields the user changed win and keeps the saved ones otherwise', () => {
    expect(joinDraft(saved, typed, changed('body'))).toMatchObject({ category: 'clinical', isPrivate: false, recipients: [] });
    expect(joinDraft(saved, typed, changed('category', 'isPrivate', 'recipients'))).toEqual({
      postId: 'saved-post',
      category: 'message',
      body: 'Sacral redness 2 cm.',
      isPrivate: true,
      recipients: ['doctor-1'],
    });
  });
});
