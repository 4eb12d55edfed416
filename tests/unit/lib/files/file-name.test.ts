import { describe, expect, it } from 'vitest';
import { shortenFileName } from '@/lib/files/file-name';

describe('shortenFileName', () => {
  it('leaves a name that fits, and shortens a long one to the limit keeping its extension', () => {
    expect(shortenFileName('診療情報提供書.pdf')).toBe('診療情報提供書.pdf');
    const long = `${'紹介状'.repeat(100)}.docx`;
    const short = shortenFileName(long);
    expect(short).toHaveLength(200);
    expect(short.endsWith('….docx')).toBe(true);
    expect(shortenFileName('x'.repeat(300))).toHaveLength(200);
  });
});
