import { describe, expect, it } from 'vitest';
import { designRScore } from '@/lib/schemas/observation';
import { designRCodes, designRNotation, designRTotal } from '@/lib/wounds/design-r';

describe('DESIGN-R®2020', () => {
  it('adds six items and leaves depth out, as in the published examples', () => {
    const example = {
      depth: 'D3',
      exudate: 'e1',
      size: 's6',
      inflammation: 'i0',
      granulation: 'g3',
      necrosis: 'N3',
      pocket: 'p0',
    } as const;
    expect(designRTotal(example)).toBe(13);
    expect(designRNotation(example)).toBe('D3-e1s6i0g3N3p0:13');
    const dti = { depth: 'DDTI', exudate: 'e0', size: 'S15', inflammation: 'i1', granulation: 'g0', necrosis: 'n0', pocket: 'p0' } as const;
    expect(designRNotation(dti)).toBe('DDTI-e0S15i1g0n0p0:16');
  });

  it('runs from 0 to 66', () => {
    const worst = {
      depth: 'DU',
      exudate: 'E6',
      size: 'S15',
      inflammation: 'I9',
      granulation: 'G6',
      necrosis: 'N6',
      pocket: 'P24',
    } as const;
    expect(designRTotal(worst)).toBe(66);
    expect(designRCodes('inflammation')).toEqual(['i0', 'i1', 'I3C', 'I3', 'I9']);
  });

  it('refuses a score whose total does not add up', () => {
    const score = {
      site: '仙骨部',
      depth: 'd2',
      exudate: 'e1',
      size: 's3',
      inflammation: 'i0',
      granulation: 'g1',
      necrosis: 'n0',
      pocket: 'p0',
    } as const;
    expect(designRScore.safeParse({ ...score, total: 5 }).success).toBe(true);
    expect(designRScore.safeParse({ ...score, total: 6 }).success).toBe(false);
  });
});
