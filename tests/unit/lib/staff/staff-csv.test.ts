import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, maxStaffCsvRows, parseCsv, professionOf, readStaffCsv, staffCsvTemplate } from '@/lib/staff/staff-csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, CRLF or LF, and skips blank lines', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\n"multi\nline",x,\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', 'x', ''],
    ]);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 (with or without a BOM) and, failing that, Shift_JIS as Excel saves it', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('\uFEFF氏名,職種'))).toBe('氏名,職種');
    // 看護師 in Shift_JIS.
    expect(decodeCsvBytes(new Uint8Array([0x8a, 0xc5, 0x8c, 0xec, 0x8e, 0x74]))).toBe('看護師');
  });
});

describe('professionOf', () => {
  it('takes the id or the name in either language, ignoring width and case', () => {
    expect(professionOf('nurse')).toBe('nurse');
    expect(professionOf('看護師')).toBe('nurse');
    expect(professionOf('Care manager')).toBe('careManager');
    expect(professionOf('ＰＴ')).toBe('pt');
    expect(professionOf('魔法使い')).toBeNull();
  });
});

describe('readStaffCsv', () => {
  it('finds the columns by their Japanese or English names in any order', () => {
    const csv = readStaffCsv(
      '職種,ログインID,氏名,ふりがな\n看護師,sato-yumi,佐藤 由美,サトウ ユミ\nCare manager,Kato-K,加藤 健,かとう けん\n',
    );
    expect(csv).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          values: { displayName: '佐藤 由美', displayNameKana: 'サトウ ユミ', loginId: 'sato-yumi', profession: '看護師' },
          account: { displayName: '佐藤 由美', displayNameKana: 'サトウ ユミ', loginId: 'sato-yumi', profession: 'nurse' },
          problems: [],
        },
        {
          line: 3,
          values: { displayName: '加藤 健', displayNameKana: 'かとう けん', loginId: 'Kato-K', profession: 'Care manager' },
          account: { displayName: '加藤 健', displayNameKana: 'かとう けん', loginId: 'kato-k', profession: 'careManager' },
          problems: [],
        },
      ],
    });
  });

  it('names each row’s wrong cells and login IDs given twice', () => {
    const csv = readStaffCsv('Name,Kana,Login ID,Profession\n佐藤,sato,sato,看護師\n鈴木,スズキ,SATO,wizard\n,タナカ,tanaka,医師\n');
    expect(csv.ok && csv.rows.map((row) => [row.line, row.problems])).toEqual([
      [2, ['displayNameKana', 'duplicate']],
      [3, ['profession', 'duplicate']],
      [4, ['displayName']],
    ]);
  });

  it('says what is missing rather than guessing', () => {
    expect(readStaffCsv('')).toEqual({ ok: false, problem: 'empty' });
    expect(readStaffCsv('氏名,職種\n')).toEqual({ ok: false, problem: 'empty' });
    expect(readStaffCsv('氏名,職種\n佐藤,看護師\n')).toEqual({
      ok: false,
      problem: 'missingColumns',
      missing: ['displayNameKana', 'loginId'],
    });
    const many = `氏名,ふりがな,ログインID,職種\n${Array.from({ length: maxStaffCsvRows + 1 }, (_, index) => `名,メイ,user-${index},看護師`).join('\n')}`;
    expect(readStaffCsv(many)).toEqual({ ok: false, problem: 'tooManyRows' });
  });

  it('reads its own template', () => {
    for (const locale of ['ja', 'en'] as const) {
      const csv = readStaffCsv(decodeCsvBytes(new TextEncoder().encode(staffCsvTemplate(locale))));
      expect(csv.ok && csv.rows.map((row) => row.problems)).toEqual([[]]);
    }
  });
});
