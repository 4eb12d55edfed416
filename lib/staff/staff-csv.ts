/**
 * Many staff accounts at once, from a spreadsheet saved as CSV (the most common burden of running
 * the service is registering people). A header row names the columns, in Japanese or English and
 * in any order; professions may be written as the app shows them (看護師, Nurse) or by their id.
 * Excel in Japan saves CSV as Shift_JIS: the bytes are read as UTF-8 when they are, else as that.
 */
import { professions, type Profession } from '@/lib/domain/roles';
import { catalogues } from '@/lib/i18n/catalogue';
import { locales } from '@/lib/i18n/locales';
import { createStaffInput } from '@/lib/schemas/staff';

export const staffCsvColumns = ['displayName', 'displayNameKana', 'loginId', 'profession'] as const;
export type StaffCsvColumn = (typeof staffCsvColumns)[number];

/** Header names each column answers to, compared without case, spaces or brackets. */
const headerNames: Record<StaffCsvColumn, string[]> = {
  displayName: ['name', 'displayname', '氏名', '名前', '表示名'],
  displayNameKana: ['kana', 'nameinkana', 'displaynamekana', 'ふりがな', 'フリガナ', 'カナ', '氏名ふりがな', '氏名フリガナ'],
  loginId: ['loginid', 'login', 'ログインid', 'ユーザーid'],
  profession: ['profession', '職種'],
};

/** At most this many accounts per file: each needs a password hash on the server (~0.1 s). */
export const maxStaffCsvRows = 100;

export interface StaffCsvRow {
  /** The row's line in the file, for people to find it. */
  line: number;
  values: Record<StaffCsvColumn, string>;
  /** The account to create when the row is good. */
  account: { displayName: string; displayNameKana: string; loginId: string; profession: Profession } | null;
  /** Columns whose cell is wrong; `duplicate` when the login ID is also on another row. */
  problems: Array<StaffCsvColumn | 'duplicate'>;
}

export type StaffCsv =
  { ok: true; rows: StaffCsvRow[] } | { ok: false; problem: 'empty' | 'missingColumns' | 'tooManyRows'; missing?: StaffCsvColumn[] };

export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('shift_jis').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** RFC 4180: commas, quoted cells with doubled quotes and line breaks, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

const squeeze = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）[\]「」_-]/g, '');

/** A profession as written in a cell: its id, or its name in any of the app's languages. */
export function professionOf(cell: string): Profession | null {
  const wanted = squeeze(cell);
  return (
    professions.find(
      (profession) =>
        squeeze(profession) === wanted || locales.some((locale) => squeeze(catalogues[locale][`profession.${profession}`]) === wanted),
    ) ?? null
  );
}

export function readStaffCsv(text: string): StaffCsv {
  const [header, ...body] = parseCsv(text);
  if (!header || body.length === 0) return { ok: false, problem: 'empty' };
  const positions = Object.fromEntries(
    staffCsvColumns.map((column) => [column, header.findIndex((name) => headerNames[column].includes(squeeze(name)))]),
  ) as Record<StaffCsvColumn, number>;
  const missing = staffCsvColumns.filter((column) => positions[column] < 0);
  if (missing.length > 0) return { ok: false, problem: 'missingColumns', missing };
  if (body.length > maxStaffCsvRows) return { ok: false, problem: 'tooManyRows' };

  const rows = body.map((cells, index): StaffCsvRow => {
    const values = Object.fromEntries(staffCsvColumns.map((column) => [column, (cells[positions[column]] ?? '').trim()])) as Record<
      StaffCsvColumn,
      string
    >;
    const profession = professionOf(values.profession);
    const parsed = createStaffInput.omit({ temporaryPassword: true }).safeParse({ ...values, profession: profession ?? values.profession });
    const problems = parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => String(issue.path[0]) as StaffCsvColumn))];
    return { line: index + 2, values, account: parsed.success ? parsed.data : null, problems };
  });
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.values.loginId.toLowerCase(), (seen.get(row.values.loginId.toLowerCase()) ?? 0) + 1);
  for (const row of rows) {
    if ((seen.get(row.values.loginId.toLowerCase()) ?? 0) > 1) row.problems.push('duplicate');
  }
  return { ok: true, rows };
}

/** A file to start from: the header in the reader's language and one example row. */
export function staffCsvTemplate(locale: 'ja' | 'en'): string {
  const header = locale === 'ja' ? ['氏名', 'ふりがな', 'ログインID', '職種'] : ['Name', 'Kana', 'Login ID', 'Profession'];
  const example = ['訪問 花子', 'ホウモン ハナコ', 'houmon-hanako', catalogues[locale]['profession.nurse']];
  return `\uFEFF${[header, example].map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
