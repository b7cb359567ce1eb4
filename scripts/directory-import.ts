// `npm run directory:import -- FILE.csv [--dry-run] [--remove-missing]`: turn
// the directory spreadsheet into provider files.
// - Every row is checked first; if any row is wrong, every error is listed
//   with its row and column and nothing is written.
// - Existing files are merged, not replaced: comments, fields without a column
//   and translations stay; an unchanged provider is not rewritten.
// - All or nothing: every changed file is written to a temporary folder first
//   and moved into place only when all are written.
// - Providers in the folder but not in the file are reported and kept, unless
//   --remove-missing is given.
import { existsSync } from 'node:fs';
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  writeFile as fsWriteFile,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  CsvError,
  decodeCsv,
  fileSizeProblem,
  longCells,
  parseCsv,
  type CsvTable,
} from '../src/lib/csv.ts';
import {
  columnNames,
  rowToProvider,
  type Column,
  type RowError,
} from '../src/lib/directory-csv.ts';
import { mergeProviderFile, providerFile, type FieldChange } from '../src/lib/provider-file.ts';
import { provinceSchema } from '../src/schemas/province.ts';
import type { Provider } from '../src/schemas/provider.ts';

export interface ProviderChange {
  id: string;
  kind: 'new' | 'changed';
  fields: FieldChange[];
}

export interface ImportResult {
  errors: RowError[];
  /** Files written (none in a dry run or when there are errors). */
  written: string[];
  /** What changes (or would change, in a dry run), provider by provider and field by field. */
  changes: ProviderChange[];
  unchanged: string[];
  /** Providers in the folder that the file does not list. */
  notInFile: string[];
  /** Files removed with --remove-missing. */
  removed: string[];
}

export interface ImportOptions {
  outDir?: string;
  provincesDir?: string;
  dryRun?: boolean;
  removeMissing?: boolean;
  /** How files are written; tests inject a failure here. */
  writeFile?: (path: string, text: string) => Promise<void>;
}

const empty = { written: [], changes: [], unchanged: [], notInFile: [], removed: [] };

async function loadProvinces(dir: string) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));
  return Promise.all(
    files.map(async (f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: provinceSchema.parse(parseYaml(await readFile(`${dir}/${f}`, 'utf8'))),
    })),
  );
}

export async function importDirectory(
  input: string | Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const {
    outDir = 'content/providers',
    provincesDir = 'content/provinces',
    dryRun = false,
    removeMissing = false,
    writeFile = (path, text) => fsWriteFile(path, text, { flag: 'wx' }),
  } = options;
  const errors: RowError[] = [];
  // Too big to be the directory: refused before it is decoded or parsed.
  const tooBig = fileSizeProblem(
    typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength,
  );
  if (tooBig) return { errors: [{ row: 0, column: '(file)', message: tooBig.message }], ...empty };
  let table: CsvTable;
  try {
    table = parseCsv(typeof input === 'string' ? input.normalize('NFC') : decodeCsv(input));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      errors: error.problems.map((p) => ({
        row: p.row,
        column: p.row === 0 ? '(file)' : '(row)',
        message: p.message,
      })),
      ...empty,
    };
  }
  const { header, rows: body } = table;
  const long = longCells(table);
  if (long.length > 0) {
    return {
      errors: long.map((p) => ({
        row: p.row,
        column: p.heading ?? '(row)',
        message: p.heading
          ? p.message
          : `Cột ${columnLetter(p.column)} (column ${columnLetter(p.column)}): ${p.message}`,
      })),
      ...empty,
    };
  }
  const missing = columnNames.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !columnNames.includes(c as Column));
  if (missing.length || unknown.length) {
    const message = [
      missing.length ? `missing columns: ${missing.join(', ')}` : '',
      unknown.length ? `unknown columns: ${unknown.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      errors: [{ row: 1, column: '(row)', message: `${message}. Start from the template.` }],
      ...empty,
    };
  }
  const provinces = await loadProvinces(provincesDir);
  const providers: { id: string; data: Provider; body: string }[] = [];
  const seen = new Map<string, number>();
  body.forEach(({ row, cells }) => {
    const record = Object.fromEntries(header.map((name, i) => [name, cells[i]!])) as Record<
      Column,
      string
    >;
    const id = record.id.trim();
    if (seen.has(id)) {
      errors.push({ row, column: 'id', message: `"${id}" is also used in row ${seen.get(id)}.` });
    } else seen.set(id, row);
    const result = rowToProvider(record, row, provinces);
    if ('errors' in result) {
      errors.push(...result.errors);
      return;
    }
    providers.push(result);
  });
  if (body.length === 0)
    errors.push({ row: 2, column: '(row)', message: 'The file has no providers.' });
  if (errors.length > 0) return { errors, ...empty };

  // What each file becomes, merged into what is there.
  const existing = existsSync(outDir)
    ? (await readdir(outDir)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4))
    : [];
  const changes: ProviderChange[] = [];
  const unchanged: string[] = [];
  const toWrite: { id: string; text: string }[] = [];
  for (const p of providers) {
    if (!existing.includes(p.id)) {
      const text = providerFile(p.data, p.body);
      changes.push({ id: p.id, kind: 'new', fields: [] });
      toWrite.push({ id: p.id, text });
      continue;
    }
    const merged = mergeProviderFile(
      await readFile(join(outDir, `${p.id}.mdx`), 'utf8'),
      p.data,
      p.body,
    );
    if (merged.changes.length === 0) unchanged.push(p.id);
    else {
      changes.push({ id: p.id, kind: 'changed', fields: merged.changes });
      toWrite.push({ id: p.id, text: merged.text });
    }
  }
  const listed = new Set(providers.map((p) => p.id));
  const notInFile = existing.filter((id) => !listed.has(id)).sort();
  const toRemove = removeMissing ? notInFile : [];
  const result = { errors, changes, unchanged, notInFile, written: [], removed: [] };
  if (dryRun || (toWrite.length === 0 && toRemove.length === 0)) return result;

  // All or nothing: write everything beside the folder (same disk, so rename
  // is atomic), then move each file into place. A failure while writing
  // leaves the folder exactly as it was.
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}-import-`));
  try {
    for (const file of toWrite) await writeFile(join(staging, `${file.id}.mdx`), file.text);
    for (const file of toWrite)
      await rename(join(staging, `${file.id}.mdx`), join(outDir, `${file.id}.mdx`));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const removed: string[] = [];
  for (const id of toRemove) {
    // The provider and its translations (content/providers/<language>/<id>.mdx).
    const languages = (await readdir(outDir, { withFileTypes: true })).filter((d) =>
      d.isDirectory(),
    );
    for (const path of [
      join(outDir, `${id}.mdx`),
      ...languages.map((d) => join(outDir, d.name, `${id}.mdx`)),
    ]) {
      if (!existsSync(path)) continue;
      await rm(path);
      removed.push(path);
    }
  }
  return { ...result, written: toWrite.map((f) => join(outDir, `${f.id}.mdx`)), removed };
}

const show = (value: unknown) => {
  const text = value === undefined ? '(trống / empty)' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

/** A spreadsheet's column letter: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) {
    letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters;
  }
  return letters;
}

/** One error as a person reads it next to the spreadsheet. */
export function describeError(e: RowError, header: readonly string[] = columnNames): string {
  if (e.column === '(file)') return `Cả tệp (the whole file): ${e.message}`;
  const where =
    e.column === '(row)'
      ? `Dòng ${e.row} (row ${e.row})`
      : `Dòng ${e.row}, cột ${columnLetter(header.indexOf(e.column) + 1)} "${e.column}" (row ${e.row}, column ${columnLetter(header.indexOf(e.column) + 1)})`;
  return `${where}: ${e.message}`;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const dryRun = args.includes('--dry-run');
  const removeMissing = args.includes('--remove-missing');
  if (!file) {
    console.error('Usage: npm run directory:import -- FILE.csv [--dry-run] [--remove-missing]');
    process.exit(2);
  }
  // A file far too big is refused from its size alone, before it is read into memory.
  const tooBig = fileSizeProblem((await stat(file)).size);
  if (tooBig) {
    console.error(`${file}: ${tooBig.message}`);
    process.exit(1);
  }
  const bytes = await readFile(file);
  const result = await importDirectory(bytes, { dryRun, removeMissing });
  if (result.errors.length > 0) {
    let header: string[] = [...columnNames];
    try {
      header = parseCsv(decodeCsv(bytes)).header;
    } catch {
      // The errors already say why the file cannot be read.
    }
    console.error(
      `${file}: ${result.errors.length} lỗi; chưa ghi tệp nào. (${result.errors.length} problem(s); nothing was written.)`,
    );
    for (const e of result.errors) console.error(`  ${describeError(e, header)}`);
    process.exit(1);
  }
  for (const change of result.changes) {
    if (change.kind === 'new') console.log(`  + ${change.id}: mới (new)`);
    else {
      console.log(`  ~ ${change.id}:`);
      for (const f of change.fields)
        console.log(`      ${f.field}: ${show(f.before)} → ${show(f.after)}`);
    }
  }
  for (const id of result.notInFile) {
    console.log(
      removeMissing
        ? `  - ${id}: không có trong tệp, đã xóa (not in the file, removed)`
        : `  ? ${id}: không có trong tệp, vẫn giữ; thêm --remove-missing để xóa (not in the file, kept; add --remove-missing to remove it)`,
    );
  }
  const counts = `${result.changes.filter((c) => c.kind === 'new').length} mới (new), ${result.changes.filter((c) => c.kind === 'changed').length} thay đổi (changed), ${result.unchanged.length} giữ nguyên (unchanged), ${result.notInFile.length} không có trong tệp (not in the file)`;
  console.log(
    dryRun
      ? `${file}: mọi dòng đều hợp lệ; chạy thử, chưa ghi gì. (Every row is valid; dry run, nothing written.) ${counts}.`
      : `${file}: đã ghi ${result.written.length} tệp${result.removed.length ? `, xóa ${result.removed.length}` : ''}. (Wrote ${result.written.length} files${result.removed.length ? `, removed ${result.removed.length}` : ''}.) ${counts}.`,
  );
}
