import { describe, expect, it } from 'vitest';
import { contrastStretch } from '@/server/files/image-variants';

describe('contrastStretch', () => {
  it('maps the 1st and 99th percentile grey levels to black and white', () => {
    // A faded page: most pixels between 100 and 180, a few outliers at the ends.
    const grey = new Uint8Array(10_000).map((_, i) => (i < 50 ? 0 : i >= 9_950 ? 255 : 100 + (i % 81)));
    const { multiply, add } = contrastStretch(grey);
    expect(Math.round(100 * multiply + add)).toBe(0);
    expect(Math.round(180 * multiply + add)).toBe(255);
  });

  it('leaves a flat page alone', () => {
    expect(contrastStretch(new Uint8Array(100).fill(200))).toEqual({ multiply: 1, add: 0 });
  });
});
