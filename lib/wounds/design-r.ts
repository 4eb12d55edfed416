/**
 * DESIGN-R®2020 (日本褥瘡学会), FORMS.md §5: seven items, each scored from its official choices.
 * Depth is recorded but not added; the total of the other six runs 0–66. Lowercase codes are the
 * milder band, uppercase the severe one. Written `D3-e1s6i0g3n3p0:13`.
 */

export const designRItems = ['depth', 'exudate', 'size', 'inflammation', 'granulation', 'necrosis', 'pocket'] as const;
export type DesignRItem = (typeof designRItems)[number];

/** Each item's codes with their scores, in the official order (depth scores nothing). */
export const designRChoices = {
  depth: { d0: 0, d1: 0, d2: 0, D3: 0, D4: 0, D5: 0, DDTI: 0, DU: 0 },
  exudate: { e0: 0, e1: 1, e3: 3, E6: 6 },
  size: { s0: 0, s3: 3, s6: 6, s8: 8, s9: 9, s12: 12, S15: 15 },
  inflammation: { i0: 0, i1: 1, I3C: 3, I3: 3, I9: 9 },
  granulation: { g0: 0, g1: 1, g3: 3, G4: 4, G5: 5, G6: 6 },
  necrosis: { n0: 0, N3: 3, N6: 6 },
  pocket: { p0: 0, P6: 6, P9: 9, P12: 12, P24: 24 },
} as const satisfies Record<DesignRItem, Record<string, number>>;

type CodesOf<Item extends DesignRItem> = keyof (typeof designRChoices)[Item] & string;
export type DesignRCodes = { [Item in DesignRItem]: CodesOf<Item> };

/** The codes of one item, in order, for a zod enum and for radio buttons. */
export function designRCodes<Item extends DesignRItem>(item: Item): [CodesOf<Item>, ...Array<CodesOf<Item>>] {
  return Object.keys(designRChoices[item]) as [CodesOf<Item>, ...Array<CodesOf<Item>>];
}

export function designRScoreOf(item: DesignRItem, code: string): number {
  return (designRChoices[item] as Record<string, number>)[code] ?? 0;
}

/** The total of exudate, size, inflammation, granulation, necrosis and pocket (0–66). */
export function designRTotal(codes: DesignRCodes): number {
  return designRItems.filter((item) => item !== 'depth').reduce((sum, item) => sum + designRScoreOf(item, codes[item]), 0);
}

/** The standard notation: depth, a hyphen, the six others, a colon and the total. */
export function designRNotation(codes: DesignRCodes): string {
  const rest = designRItems.filter((item) => item !== 'depth').map((item) => codes[item]);
  return `${codes.depth}-${rest.join('')}:${designRTotal(codes)}`;
}
