import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { writeFile as writeFileAsync } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { MAX_CELL_CHARS, MAX_CSV_BYTES, parseCsv, toCsv } from '../src/lib/csv.ts';
import { columnNames, providerToRow, type Column } from '../src/lib/directory-csv.ts';
import { providerSchema } from '../src/schemas/provider.ts';
import { columnGuide } from '../src/lib/directory-guide.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { describeError, importDirectory } from './directory-import.ts';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 've-nha-import-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Test data only: these organisations and numbers are not published anywhere.
const good: Record<Column, string> = {
  id: 'thu-nghiem-mot',
  name_vi: 'Trung tâm thử nghiệm',
  name_en: 'Test centre',
  organization_vi: '',
  organization_en: '',
  kind: 'government',
  province: 'Kiên Giang',
  commune: 'Phường Một',
  address: '1 Đường Thử',
  phones: '0296 3852 000 (Tiếp nhận | Reception); 111',
  email: 'test@example.org',
  website: 'https://example.org/',
  hours: 'mon,tue,wed,thu,fri 07:30-17:00; sat 07:30-11:30',
  service_types: 'legal-aid;shelter',
  serves_genders: 'women;men',
  serves_children: 'yes',
  languages: 'vi;km',
  cost: 'free',
  referral_required: 'no',
  nationwide: 'no',
  sources: 'https://example.org/a https://example.org/b',
  verified: '2026-11-22',
  status: 'unverified',
  confirmed: '',
  confirmed_by: '',
  description_vi: 'Giúp bạn, miễn phí.\n\nGọi <Hotline id="vn-111" /> nếu cần.',
};
const csvOf = (rows: Record<Column, string>[]) =>
  toCsv([columnNames, ...rows.map((r) => columnNames.map((c) => r[c]))]);

const readProviders = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const { data, body } = readFrontmatter(readFileSync(join(dir, file), 'utf8'));
        return [file.replace('.mdx', ''), { data: providerSchema.parse(data), body: body.trim() }];
      }),
  );

describe('directory import', () => {
  it('writes a provider file per row, finding provinces by former names', async () => {
    const out = tmp();
    const result = await importDirectory(csvOf([good]), { outDir: out });
    expect(result.errors).toEqual([]);
    const { data } = readProviders(out)['thu-nghiem-mot']!;
    // The province that lists the row's name among its former names, from content/provinces/.
    const now = readdirSync('content/provinces').filter((f) =>
      (
        parseYaml(readFileSync(join('content/provinces', f), 'utf8')) as { formerNames?: string[] }
      ).formerNames?.includes(good.province),
    );
    expect(now, `a province formerly called ${good.province}`).toHaveLength(1);
    expect(data.province).toBe(now[0]!.replace(/\.yaml$/, ''));
    expect(data.phones.map((p) => [p.dial, p.kind])).toEqual([
      ['+842963852000', 'ordinary'],
      ['111', 'short-code'],
    ]);
  });

  it('rejects a bad file with every error by row and column, and writes nothing', async () => {
    const out = tmp();
    const bad = [
      good,
      { ...good, id: 'hai', province: 'Hà Tây cũ', phones: '12345' },
      {
        ...good,
        id: 'ba',
        service_types: 'massage',
        verified: '31/02/2026',
        serves_children: 'maybe',
      },
      { ...good, id: 'hai' },
    ];
    const result = await importDirectory(csvOf(bad), { outDir: out });
    const where = result.errors.map((e) => `${e.row}:${e.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '3:province',
        '3:phones',
        '4:service_types',
        '4:verified',
        '4:serves_children',
        '5:id',
      ]),
    );
    expect(result.errors.every((e) => e.message.length > 10)).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a description that is code, HTML, a link or an image, and writes nothing', async () => {
    const out = tmp();
    const rows = [
      {
        ...good,
        description_vi:
          'export const pwn = globalThis.process.getBuiltinModule("node:fs").writeFileSync("pwned.txt", "x")\n\n![x](https://tracker.example/p.gif) [bấm](javascript:alert(1))',
      },
      { ...good, id: 'hai', description_vi: 'Gọi {1+1} hoặc <b>đây</b>.' },
      { ...good, id: 'ba', description_vi: 'Xem <HotlineList country="vn" />.' },
    ];
    const result = await importDirectory(csvOf(rows), { outDir: out });
    expect(
      result.errors.map((e) => [
        e.row,
        e.column,
        e.message.replace(/^dòng \d+ trong ô /, '').slice(0, 24),
      ]),
    ).toEqual([
      [2, 'description_vi', '(line 1 of the cell): an'],
      [2, 'description_vi', '(line 3 of the cell): a '],
      [2, 'description_vi', '(line 3 of the cell): a '],
      [3, 'description_vi', '(line 1 of the cell): "{'],
      [3, 'description_vi', '(line 1 of the cell): ra'],
      [4, 'description_vi', '(line 1 of the cell): <H'],
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('reads phone labels that hold brackets, and explains a label without both languages', async () => {
    const out = tmp();
    const rows = [
      { ...good, phones: '0296 3852 000 (Tiếp nhận (24/7) | Reception (24/7))' },
      { ...good, id: 'hai', phones: '0296 3852 000 (Tiếp nhận)' },
      { ...good, id: 'ba', phones: '0296 3852 000 (Tiếp nhận | Reception | 접수)' },
    ];
    const result = await importDirectory(csvOf(rows), { outDir: out });
    expect(result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'phones', expect.stringContaining('(Vietnamese label | English label)')],
      [4, 'phones', expect.stringContaining('with one "|"')],
    ]);
    const fixed = await importDirectory(csvOf([rows[0]!]), { outDir: out });
    expect(fixed.errors).toEqual([]);
    expect(readProviders(out)['thu-nghiem-mot']!.data.phones[0]!.label).toEqual({
      vi: 'Tiếp nhận (24/7)',
      en: 'Reception (24/7)',
    });
  });

  it('refuses rows with too many or too few cells, a non-UTF-8 file and formula-like names', async () => {
    const out = tmp();
    const text = csvOf([
      good,
      { ...good, id: 'hai', name_vi: '=HYPERLINK("https://evil.example")' },
    ]);
    const [header, first, second] = text.split('\r\n');
    const extra = await importDirectory([header, `${first},thêm`, second, ''].join('\r\n'), {
      outDir: out,
    });
    expect(extra.errors.map((e) => e.row)).toEqual([2]);
    const formula = await importDirectory(text, { outDir: out });
    expect(formula.errors.map((e) => [e.row, e.column])).toEqual([[3, 'name_vi']]);
    const bytes = new TextEncoder().encode(csvOf([good]));
    const latin = bytes.map((b) => (b >= 0x80 ? 0xe2 : b));
    const garbled = await importDirectory(latin, { outDir: out });
    expect(garbled.errors[0]?.message).toMatch(/UTF-8/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('names missing columns', async () => {
    const result = await importDirectory('id,name_vi\nx,y\n', { outDir: tmp() });
    expect(result.errors[0]?.message).toMatch(/missing columns: name_en/);
  });

  it('writes nothing in a dry run', async () => {
    const out = join(tmp(), 'providers');
    const result = await importDirectory(csvOf([good]), { outDir: out, dryRun: true });
    expect(result).toMatchObject({
      errors: [],
      written: [],
      changes: [{ id: 'thu-nghiem-mot', kind: 'new', fields: [] }],
    });
    expect(existsSync(out)).toBe(false);
  });

  it('gives the same data back after export then import', async () => {
    const first = tmp();
    await importDirectory(
      csvOf([
        good,
        {
          ...good,
          id: 'thu-nghiem-hai',
          hours: '24/7',
          phones: '+84 296 3852 000 (=Lễ tân | @Reception); 111',
          confirmed: '20/11/2026',
          confirmed_by: 'Hội LHPN tỉnh An Giang',
          organization_vi: 'Hội',
          organization_en: 'Union',
        },
      ]),
      {
        outDir: first,
      },
    );
    const providers = readProviders(first);
    // Export the way /du-lieu/dich-vu.csv does, then import again.
    const exported = toCsv([
      columnNames,
      ...Object.entries(providers).map(([id, p]) => {
        const row = providerToRow(id, p.data, p.body);
        return columnNames.map((c) => row[c]);
      }),
    ]);
    // Formula-like cells are written as text ('+84…) and read back exactly.
    expect(exported).toContain("'+84 296 3852 000 (=Lễ tân | @Reception); 111");
    expect(providers['thu-nghiem-hai']!.data.confirmed).toEqual(new Date('2026-11-20'));
    const second = tmp();
    expect((await importDirectory(exported, { outDir: second })).errors).toEqual([]);
    expect(readProviders(second)).toEqual(providers);
    expect(parseCsv(exported).rows).toHaveLength(2);
  });

  it('round-trips the real directory in content/providers', async () => {
    const dir = 'content/providers';
    expect(existsSync(dir), `${dir} is missing: this test reads the real directory`).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    expect(files.length, `providers in ${dir}`).toBeGreaterThan(0);
    const originals = Object.fromEntries(
      files.map((file) => {
        const { data, body } = readFrontmatter(readFileSync(join(dir, file), 'utf8'));
        return [file.replace('.mdx', ''), { data: providerSchema.parse(data), body: body.trim() }];
      }),
    );
    const exported = csvOf(
      Object.entries(originals).map(([id, p]) => providerToRow(id, p.data, p.body)),
    );
    const out = tmp();
    const result = await importDirectory(exported, { outDir: out });
    expect(result.errors).toEqual([]);
    expect(readProviders(out)).toEqual(originals);
  });
});

// The real providers as the export writes them, and a copy of their folder to import into.
const realRows = () =>
  readdirSync('content/providers')
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const { data, body } = readFrontmatter(readFileSync(join('content/providers', file), 'utf8'));
      return providerToRow(file.replace('.mdx', ''), providerSchema.parse(data), body);
    });
/** Real providers that pass `test` (on the row and the file's text), each with a translation. */
const realCases = (
  test: (row: Record<Column, string>, text: string) => boolean,
  what: string,
): Record<Column, string>[] => {
  const found = realRows().filter(
    (row) =>
      existsSync(join('content/providers/en', `${row.id}.mdx`)) &&
      test(row, readFileSync(join('content/providers', `${row.id}.mdx`), 'utf8')),
  );
  if (found.length === 0)
    throw new Error(`No provider in content/providers ${what}, with an English translation.`);
  return found;
};
const copyOfProviders = () => {
  const out = join(tmp(), 'providers');
  cpSync('content/providers', out, { recursive: true });
  return out;
};
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('re-importing into existing files', () => {
  it('writes nothing when the real directory is imported unchanged', async () => {
    const out = copyOfProviders();
    const before = snapshot(out);
    const result = await importDirectory(csvOf(realRows()), { outDir: out });
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.written).toEqual([]);
    expect(result.unchanged).toHaveLength(realRows().length);
    expect(snapshot(out)).toEqual(before);
  });

  it('keeps comments, fields without a column and translations, and changes only what changed', async () => {
    // An unconfirmed provider whose file has a comment and a "serves" block.
    const [picked] = realCases(
      (row, text) =>
        row.status === 'unverified' &&
        !row.confirmed &&
        /^# /m.test(text) &&
        /^serves:\n/m.test(text),
      'unconfirmed, with a comment and a "serves" block',
    );
    const id = picked!.id;
    const out = copyOfProviders();
    const file = join(out, `${id}.mdx`);
    const original = readFileSync(file, 'utf8');
    const comment = /^# .*$/m.exec(original)![0];
    const serviceTypes = /^serviceTypes: .*$/m.exec(original)![0];
    writeFileSync(file, original.replace(/^serves:\n/m, 'serves:\n  minAge: 16\n'));
    const translation = readFileSync(join(out, 'en', `${id}.mdx`), 'utf8');
    const rows = realRows().map((row) =>
      row.id === id
        ? { ...row, status: 'verified', confirmed: '20/11/2026', confirmed_by: 'Hội LHPN' }
        : row,
    );
    const result = await importDirectory(csvOf(rows), { outDir: out });
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([
      {
        id,
        kind: 'changed',
        fields: [
          { field: 'status', before: 'unverified', after: 'verified' },
          { field: 'confirmed', before: undefined, after: '2026-11-20' },
          { field: 'confirmedBy', before: undefined, after: 'Hội LHPN' },
        ],
      },
    ]);
    expect(result.written).toEqual([file]);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(comment);
    expect(text).toContain('minAge: 16');
    expect(text).toContain(serviceTypes);
    expect(text).toMatch(/status: verified\n/);
    expect(readFileSync(join(out, 'en', `${id}.mdx`), 'utf8')).toBe(translation);
  });

  it('reports providers not in the file and keeps them, unless --remove-missing', async () => {
    const id = realCases(() => true, '')[0]!.id;
    const out = copyOfProviders();
    const rows = realRows().filter((row) => row.id !== id);
    const kept = await importDirectory(csvOf(rows), { outDir: out });
    expect(kept.notInFile).toEqual([id]);
    expect(kept.removed).toEqual([]);
    expect(existsSync(join(out, `${id}.mdx`))).toBe(true);
    const dry = await importDirectory(csvOf(rows), {
      outDir: out,
      removeMissing: true,
      dryRun: true,
    });
    expect(dry.removed).toEqual([]);
    expect(existsSync(join(out, `${id}.mdx`))).toBe(true);
    const removed = await importDirectory(csvOf(rows), { outDir: out, removeMissing: true });
    expect(removed.removed).toEqual([join(out, `${id}.mdx`), join(out, 'en', `${id}.mdx`)]);
    expect(existsSync(join(out, `${id}.mdx`))).toBe(false);
    expect(existsSync(join(out, 'en', `${id}.mdx`))).toBe(false);
  });

  it('shows in a dry run what would change, field by field, and writes nothing', async () => {
    // A provider not yet marked free and not yet speaking English: both change.
    const picked = realCases(
      (row) => row.cost !== 'free' && !row.languages.split(';').includes('en'),
      'not marked free and without English',
    )[0]!;
    const languages = picked.languages.split(';');
    const out = copyOfProviders();
    const before = snapshot(out);
    const rows = realRows().map((row) =>
      row.id === picked.id
        ? { ...row, cost: 'free', languages: [...languages, 'en'].join(';') }
        : row,
    );
    const result = await importDirectory(csvOf([...rows, good]), { outDir: out, dryRun: true });
    expect(result.changes).toEqual([
      {
        id: picked.id,
        kind: 'changed',
        fields: [
          { field: 'languages', before: languages, after: [...languages, 'en'] },
          { field: 'cost', before: picked.cost, after: 'free' },
        ],
      },
      { id: 'thu-nghiem-mot', kind: 'new', fields: [] },
    ]);
    expect(snapshot(out)).toEqual(before);
  });

  it.each([1, 2, 3])('leaves the folder as it was when write %i of 3 fails', async (failing) => {
    const out = copyOfProviders();
    const before = snapshot(out);
    // Two real providers that change (then the new one): three writes.
    const changing = realRows()
      .filter((row) => row.cost !== 'free')
      .slice(0, 2)
      .map((row) => row.id);
    expect(changing, 'two providers not marked free').toHaveLength(2);
    const rows = realRows().map((row) =>
      changing.includes(row.id) ? { ...row, cost: 'free' } : row,
    );
    let writes = 0;
    const writeFile = async (path: string, text: string) => {
      writes += 1;
      if (writes === failing) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      await writeFileAsync(path, text);
    };
    await expect(
      importDirectory(csvOf([...rows, good]), { outDir: out, writeFile }),
    ).rejects.toThrow(/no space left/);
    expect(writes).toBe(failing);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['providers']);
  });
});

describe('size limits', () => {
  it('refuses a file over 5 MB before reading a row, and writes nothing', async () => {
    const out = copyOfProviders();
    const before = snapshot(out);
    const padding = `${'x,'.repeat(columnNames.length - 1)}x\r\n`;
    const huge = csvOf([good]) + padding.repeat(Math.ceil(MAX_CSV_BYTES / padding.length));
    for (const input of [huge, new TextEncoder().encode(huge)]) {
      const result = await importDirectory(input, { outDir: out });
      expect(result.errors).toEqual([
        {
          row: 0,
          column: '(file)',
          // Vitest types an asymmetric matcher any; it stands in for the message string.
          message: expect.stringMatching(/quá giới hạn 5 MB/) as string,
        },
      ]);
      expect(result.written).toEqual([]);
      expect(describeError(result.errors[0]!)).toMatch(/^Cả tệp \(the whole file\): Tệp nặng/);
    }
    expect(snapshot(out)).toEqual(before);
  });

  it('refuses a cell over the length limit by its row and column, and writes nothing', async () => {
    const out = copyOfProviders();
    const before = snapshot(out);
    const result = await importDirectory(
      csvOf([
        { ...good, id: 'thu-nghiem-hai' },
        {
          ...good,
          description_vi: 'Giúp bạn. '.repeat(600),
          name_vi: 'N'.repeat(MAX_CELL_CHARS + 1),
        },
      ]),
      { outDir: out },
    );
    expect(result.errors.map((e) => describeError(e))).toEqual([
      expect.stringMatching(/^Dòng 3, cột B "name_vi" \(row 3, column B\): Ô này dài 5\.001 ký tự/),
      expect.stringMatching(
        /^Dòng 3, cột Z "description_vi" \(row 3, column Z\): Ô này dài 6\.000 ký tự/,
      ),
    ]);
    expect(result.written).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('an import a non-programmer can use', () => {
  it('reads a file saved by Excel in Vietnamese: ";" between cells, dd/mm/yyyy dates, có/không', async () => {
    const out = tmp();
    const row = {
      ...good,
      verified: '22/11/2026',
      serves_children: 'Có',
      confirmed: '1/2/2026',
      confirmed_by: 'Hội LHPN',
    };
    const text = `\uFEFF${stringify([columnNames, columnNames.map((c) => row[c])], { delimiter: ';' })}`;
    const result = await importDirectory(new TextEncoder().encode(text), { outDir: out });
    expect(result.errors).toEqual([]);
    const { data } = readProviders(out)['thu-nghiem-mot']!;
    expect([data.verified, data.confirmed, data.serves.children]).toEqual([
      new Date('2026-11-22'),
      new Date('2026-02-01'),
      true,
    ]);
  });

  it('explains errors in Vietnamese with English, by the row and the column letter a person sees', async () => {
    const result = await importDirectory(
      csvOf([{ ...good, cost: 'miễn phí', serves_children: 'có thể', id: 'Trung tâm' }]),
      { outDir: tmp(), dryRun: true },
    );
    const lines = result.errors.map((e) => describeError(e));
    expect(lines).toEqual([
      expect.stringMatching(
        /^Dòng 2, cột A "id" \(row 2, column A\): "Trung tâm" chưa phải tên tệp.*\(Not a file name/,
      ),
      expect.stringMatching(/^Dòng 2, cột P "serves_children" .*viết "có" hoặc "không"/),
      expect.stringMatching(/^Dòng 2, cột R "cost" .*Giá trị không hợp lệ.*free, charged, unknown/),
    ]);
  });

  it('has a guide whose example row imports without an error, and a README that names every column', async () => {
    const example = Object.fromEntries(columnNames.map((c) => [c, columnGuide[c].example]));
    const result = await importDirectory(csvOf([example as Record<Column, string>]), {
      outDir: tmp(),
      dryRun: true,
    });
    expect(result.errors).toEqual([]);
    const readme = readFileSync('README.md', 'utf8');
    expect(columnNames.filter((c) => !readme.includes(`\`${c}\``))).toEqual([]);
  });
});
