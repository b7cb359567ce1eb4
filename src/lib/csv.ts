// The directory's spreadsheet files, read and written with csv-parse and
// csv-stringify in strict mode: a stray quote, a row with more or fewer
// cells than the header or a repeated heading is an error with its row,
// never a silently shifted or dropped cell. Messages are in Vietnamese first,
// for the partners who fill the sheet, then English.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** A problem in the file, at a spreadsheet row (the header is row 1) and column. */
export interface CsvProblem {
  row: number;
  /** 1-based column number, when the problem is in one cell. */
  column?: number;
  message: string;
}

export class CsvError extends Error {
  readonly problems: CsvProblem[];
  constructor(problems: CsvProblem[]) {
    super(problems.map((p) => `row ${p.row}: ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

export const saveAsUtf8 =
  'Hãy lưu lại dưới dạng CSV UTF-8: trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited) (*.csv)"; trong LibreOffice chọn Tệp → Lưu thành → "Văn bản CSV", đánh dấu "Sửa thiết lập bộ lọc" và chọn bộ ký tự "Unicode (UTF-8)". ' +
  '(Save it as CSV UTF-8: in Excel, File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice, File → Save As → "Text CSV", tick "Edit filter settings" and choose character set "Unicode (UTF-8)".)';

/**
 * The file's text. Only UTF-8 is accepted: Excel's plain "CSV" on Vietnamese
 * Windows is code page 1258, which would otherwise turn every accented letter
 * into "�" without a word. Text is normalised to NFC (one code point per
 * accented letter), the way the site's files are written.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CsvError([
      {
        row: 0,
        message: `Tệp được lưu dạng UTF-16 ("Unicode Text"), không phải CSV UTF-8. (The file is UTF-16, not CSV UTF-8.) ${saveAsUtf8}`,
      },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The first line that is not UTF-8, to show where the garbling starts.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let row = 1;
    for (let start = 0; start < bytes.length; row += 1) {
      const end = bytes.indexOf(0x0a, start);
      const line = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        decoder.decode(line);
      } catch {
        break;
      }
      start = end === -1 ? bytes.length : end + 1;
    }
    throw new CsvError([
      {
        row,
        message: `Tệp không phải UTF-8, nên chữ có dấu sẽ bị hỏng (từ dòng ${row}). (The file is not UTF-8, so accented letters would be garbled, from row ${row}.) ${saveAsUtf8}`,
      },
    ]);
  }
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/**
 * "," or ";": Excel with Vietnamese regional settings separates cells with
 * ";". Decided by the header row, which holds no quoted commas.
 */
export function detectDelimiter(text: string): ',' | ';' {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

// A cell a spreadsheet would run as a formula: "=HYPERLINK(…)", "+84…" or "@…".
// Export puts one "'" before it (spreadsheets then show it as text); import
// removes exactly one. Cells already starting with "'" before such a character
// get one more, so every value survives the round trip.
const formulaStart = /^'*[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

export function unprotectCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * The largest file the import reads. The whole directory (about 40 places)
 * is 50 kB, and a few hundred places stay under 1 MB, so a bigger file is
 * almost surely the wrong one, and reading it would only be slow.
 */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/**
 * The longest cell, in characters. The longest real cell (a description) is
 * about 800. A cell much longer than a page is almost always several rows run
 * together by a quote that was opened and closed too late.
 */
export const MAX_CELL_CHARS = 5_000;

const viNumber = (n: number) => n.toLocaleString('vi-VN');
const enNumber = (n: number) => n.toLocaleString('en-GB');
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Why a file of this many bytes is refused, or undefined when it is small enough. */
export function fileSizeProblem(bytes: number, limit = MAX_CSV_BYTES): CsvProblem | undefined {
  if (bytes <= limit) return undefined;
  const [size, max] = [megabytes(bytes), megabytes(limit)];
  return {
    row: 0,
    message: `Tệp nặng ${viNumber(size)} MB, quá giới hạn ${viNumber(max)} MB nên chưa được đọc. Danh bạ vài trăm nơi chỉ nặng dưới 1 MB: hãy xem lại bạn đã lưu đúng trang tính, dưới dạng CSV, chưa. (The file is ${enNumber(size)} MB, over the ${enNumber(max)} MB limit, so it was not read. A directory of a few hundred places is under 1 MB: check that you saved the right sheet, as CSV.)`,
  };
}

/**
 * Every cell (the header included) longer than the limit, by row and column
 * (1-based), with its heading when it has one.
 */
export function longCells(
  table: Pick<CsvTable, 'header' | 'rows'>,
  limit = MAX_CELL_CHARS,
): (CsvProblem & { column: number; heading?: string })[] {
  const rows = [{ row: 1, cells: table.header }, ...table.rows];
  return rows.flatMap(({ row, cells }) =>
    cells.flatMap((cell, i) => {
      const length = [...cell].length;
      if (length <= limit) return [];
      return [
        {
          row,
          column: i + 1,
          ...(row > 1 && table.header[i] ? { heading: table.header[i] } : {}),
          message: `Ô này dài ${viNumber(length)} ký tự, quá giới hạn ${viNumber(limit)} ký tự. Hãy viết ngắn lại. Nếu nhiều dòng bị dồn vào một ô, có thể một dấu ngoặc kép (") được mở mà đóng quá muộn. (This cell is ${enNumber(length)} characters long, over the ${enNumber(limit)} limit. Please shorten it. If several rows ended up in one cell, a quote (") may have been opened and closed too late.)`,
        },
      ];
    }),
  );
}

export interface CsvTable {
  header: string[];
  /** Data rows with their spreadsheet row numbers (the header is row 1); blank rows are left out. */
  rows: { row: number; cells: string[] }[];
  delimiter: ',' | ';';
}

/** Read a table strictly. Throws a CsvError listing every bad row. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      // Lengths are checked below, so that every short or long row is listed, not just the first.
      relax_column_count: true,
    });
  } catch (error) {
    const e = error as Error & { code?: string; records?: number; index?: number };
    const row = (e.records ?? 0) + 1;
    const column = e.index === undefined ? undefined : e.index + 1;
    const what: Record<string, string> = {
      CSV_INVALID_CLOSING_QUOTE:
        'Có chữ ngay sau dấu ngoặc kép đóng (") trong ô. (Text follows a closing quote in a cell.)',
      INVALID_OPENING_QUOTE: 'Có dấu ngoặc kép (") lạc giữa ô. (A stray quote inside a cell.)',
      CSV_QUOTE_NOT_CLOSED:
        'Một ô mở dấu ngoặc kép (") mà không đóng. (A quoted cell is never closed.)',
    };
    throw new CsvError([
      {
        row,
        ...(column ? { column } : {}),
        message: `${what[e.code ?? ''] ?? e.message} Trong bảng tính, gõ lại ô đó rồi lưu lại; nếu sửa tệp bằng tay, ô có dấu " phải được bao bằng "…" và mỗi " bên trong viết thành "". (Retype that cell in the spreadsheet and save again; by hand, quote the cell and double each quote inside.)`,
      },
    ]);
  }
  const [header = [], ...body] = records;
  const problems: CsvProblem[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim();
    if (seen.has(key)) {
      problems.push({
        row: 1,
        column: i + 1,
        message: `Tiêu đề cột "${key}" xuất hiện hai lần (cột ${seen.get(key)} và ${i + 1}); xóa một cột. (The heading "${key}" appears twice; delete one column.)`,
      });
    } else seen.set(key, i + 1);
  });
  const rows: CsvTable['rows'] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push({
        row,
        column: Math.min(cells.length, header.length) + 1,
        message:
          cells.length > header.length
            ? `Dòng có ${cells.length} ô nhưng tiêu đề chỉ có ${header.length} cột: có thể một ô chứa dấu "${delimiter}" mà không được bao bằng dấu ngoặc kép. (The row has ${cells.length} cells but the header ${header.length}: a cell probably holds an unquoted "${delimiter}".)`
            : `Dòng chỉ có ${cells.length} ô nhưng tiêu đề có ${header.length} cột: thiếu ô ở cuối dòng. (The row has ${cells.length} cells but the header ${header.length}: cells are missing.)`,
      });
      return;
    }
    rows.push({ row, cells: cells.map(unprotectCell) });
  });
  if (problems.length > 0) throw new CsvError(problems);
  return { header: header.map((h) => h.trim()), rows, delimiter };
}

/** A table as CSV with CRLF line ends, formulas neutralised (see protectCell). */
export function toCsv(rows: string[][]): string {
  return stringify(
    rows.map((r) => r.map(protectCell)),
    { record_delimiter: 'windows' },
  );
}
