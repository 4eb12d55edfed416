/**
 * The printed sheet's foot says who finalised it and when the record has it: a form finalised
 * offline has no such time yet, so its foot names the signer without a date (never 1970/01/01).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Footer, type PrintMeta } from '@/app/(signed-in)/patient/form/_components/print/print-parts';

const footer = (meta: PrintMeta | null) =>
  renderToStaticMarkup(createElement(Footer, { meta }))
    .replace(/<[^>]+>/g, '')
    .trim();

describe('the printed footer', () => {
  test('a finalised form the server has: who, and when', () => {
    expect(footer({ version: 1, final: true, by: '佐々木 由美', at: '2026/11/30 15:04' })).toBe(
      '2026/11/30 15:04 佐々木 由美 確定\u3000Renrakuで作成',
    );
  });

  test('finalised offline and not yet sent: who, with no date at all', () => {
    const text = footer({ version: 2, final: true, by: '佐々木 由美', at: null });
    expect(text).toBe('第2版\u3000佐々木 由美 確定\u3000Renrakuで作成');
    expect(text).not.toMatch(/1970|\d{4}\//);
  });

  test('a draft says so, finalised by nobody', () => {
    expect(footer({ version: 1, final: false, by: '佐々木 由美', at: null })).toBe('下書き（未確定）\u3000Renrakuで作成');
    expect(footer(null)).toBe('下書き（未確定）');
  });
});
