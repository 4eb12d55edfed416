import { describe, expect, it } from 'vitest';
import { hasLegible, largeVariant } from '@/app/(signed-in)/patient/_lib/photo-variant';

describe('largeVariant', () => {
  const server = { source: 'server' as const };

  it('shows the display image, or the original when there is none', () => {
    expect(largeVariant({ ...server, kind: 'wound', variants: ['thumb', 'display', 'original'] }, false)).toBe('display');
    expect(largeVariant({ ...server, kind: 'wound', variants: ['original'] }, false)).toBe('original');
    expect(largeVariant({ source: 'outbox', kind: 'wound', variants: [] }, false)).toBe('display');
  });

  it('shows the legibility image of a FAX or notebook page when asked and present', () => {
    const fax = { ...server, kind: 'fax' as const, variants: ['display' as const, 'legible' as const] };
    expect(hasLegible(fax)).toBe(true);
    expect(largeVariant(fax, true)).toBe('legible');
    expect(largeVariant(fax, false)).toBe('display');
    expect(hasLegible({ ...fax, kind: 'wound' })).toBe(false);
    expect(largeVariant({ ...server, kind: 'notebook', variants: ['display'] }, true)).toBe('display');
  });
});
