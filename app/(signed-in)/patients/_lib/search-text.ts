/**
 * Matching typed search text against Japanese names: hiragana and katakana, full- and half-width,
 * upper and lower case, and spaces are all treated alike, so 「やまだ」 finds 「ヤマダ ハナコ」.
 */
const hiragana = /[\u3041-\u3096\u309d\u309e]/g;
const separators = /[\s\u3000・･]/g;

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(hiragana, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60))
    .replace(separators, '')
    .toLowerCase();
}

/** Whether any of the fields contains the query; an empty query matches everything. */
export function matchesSearch(query: string, fields: readonly string[]): boolean {
  const needle = normaliseForSearch(query);
  if (!needle) return true;
  return fields.some((field) => normaliseForSearch(field).includes(needle));
}
