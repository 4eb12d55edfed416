/**
 * Dates as the official forms print them: in 和暦 (令和8年11月5日), whatever the UI language. The
 * Gregorian date is what is stored (FORMS.md §0); only printing turns it into an era and year.
 */
const formatter = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

export interface WarekiParts {
  /** 明治, 大正, 昭和, 平成, 令和 */
  era: string;
  year: number;
  month: number;
  day: number;
}

function utcOf(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

export function warekiParts(day: string): WarekiParts {
  const parts = formatter.formatToParts(utcOf(day));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  // The first year of an era prints as 元年 in some locales' data; as a number here.
  const year = part('year') === '元' ? 1 : Number(part('year'));
  return { era: part('era'), year, month: Number(part('month')), day: Number(part('day')) };
}

/** An era's first year is written 元年. */
const yearText = (year: number) => (year === 1 ? '元' : String(year));

/** 令和8年11月5日 */
export function formatWareki(day: string | null): string {
  if (!day) return '';
  const { era, year, month, day: date } = warekiParts(day);
  return `${era}${yearText(year)}年${month}月${date}日`;
}

/** 令和8年11月 */
export function formatWarekiMonth(month: string | null): string {
  if (!month) return '';
  const { era, year, month: number } = warekiParts(`${month}-01`);
  return `${era}${yearText(year)}年${number}月`;
}
