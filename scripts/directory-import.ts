// `npm run directory:import -- FILE.csv [--dry-run]`: turn the directory
// spreadsheet into provider files. Every row is checked first; if any row is
// wrong, every error is listed with its row and column and nothing is written.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { CsvError, decodeCsv, parseCsv, type CsvTable } from '../src/lib/csv.ts';
import {
  columnNames,
  rowToProvider,
  type Column,
  type RowError,
} from '../src/lib/directory-csv.ts';
import { providerFile } from '../src/lib/provider-file.ts';
import { isMain } from './lib/step.ts';

export interface ImportResult {
  errors: RowError[];
  written: string[];
}

async function loadProvinces(dir: string) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml'));
  return Promise.all(
    files.map(async (f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parseYaml(await readFile(`${dir}/${f}`, 'utf8')),
    })),
  );
}

export async function importDirectory(
  input: string | Uint8Array,
  options: { outDir?: string; provincesDir?: string; dryRun?: boolean } = {},
): Promise<ImportResult> {
  const {
    outDir = 'content/providers',
    provincesDir = 'content/provinces',
    dryRun = false,
  } = options;
  const errors: RowError[] = [];
  let table: CsvTable;
  try {
    table = parseCsv(typeof input === 'string' ? input.normalize('NFC') : decodeCsv(input));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      errors: error.problems.map((p) => ({
        row: p.row,
        column: '(row)',
        message: p.message,
      })),
      written: [],
    };
  }
  const { header, rows: body } = table;
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
      written: [],
    };
  }
  const provinces = await loadProvinces(provincesDir);
  const providers: { id: string; text: string }[] = [];
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
    providers.push({ id: result.id, text: providerFile(result.data, result.body) });
  });
  if (body.length === 0)
    errors.push({ row: 2, column: '(row)', message: 'The file has no providers.' });
  if (errors.length > 0 || dryRun) return { errors, written: [] };
  await mkdir(outDir, { recursive: true });
  for (const p of providers) await writeFile(`${outDir}/${p.id}.mdx`, p.text);
  return { errors, written: providers.map((p) => `${outDir}/${p.id}.mdx`) };
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const dryRun = args.includes('--dry-run');
  if (!file) {
    console.error('Usage: npm run directory:import -- FILE.csv [--dry-run]');
    process.exit(2);
  }
  const result = await importDirectory(await readFile(file), { dryRun });
  if (result.errors.length > 0) {
    console.error(`${file}: ${result.errors.length} problem(s); nothing was written.`);
    for (const e of result.errors)
      console.error(`  row ${e.row}, column ${e.column}: ${e.message}`);
    process.exit(1);
  }
  console.log(
    dryRun
      ? `${file}: every row is valid (dry run: nothing written).`
      : `${file}: wrote ${result.written.length} provider files:\n  ${result.written.join('\n  ')}`,
  );
}
