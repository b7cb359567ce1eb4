// Checks the raw content files against the schemas without Astro, so an
// editor's mistake shows up in the unit tests with the file and field named.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { glossarySchema } from './glossary.ts';
import { handbookSchema } from './handbook.ts';
import { hotlineSchema } from './hotline.ts';
import { pageSchema } from './page.ts';
import { unknownProvinces } from '../lib/references.ts';
import { provinceSchema } from './province.ts';
import { providerSchema } from './provider.ts';

function frontmatter(file: string): unknown {
  const { found, data } = readFrontmatter(readFileSync(file, 'utf8'));
  if (!found) throw new Error(`${file}: no front matter block between --- lines at the top.`);
  return data;
}

function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => `${dir}/${name}`)
    .sort();
}

function problemsIn(schema: z.ZodType, data: unknown, file: string): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`);
}

describe('content files match their schemas', () => {
  it('handbook chapters', () => {
    const files = filesIn('content/handbook', '.mdx');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((f) => problemsIn(handbookSchema, frontmatter(f), f))).toEqual([]);
  });
  it('word lists, with the same ids in every language', () => {
    const files = filesIn('content/glossary', '.yaml');
    expect(files.length).toBeGreaterThanOrEqual(2);
    const parsed = files.map((f) => ({ f, data: parseYaml(readFileSync(f, 'utf8')) as unknown }));
    expect(parsed.flatMap(({ f, data }) => problemsIn(glossarySchema, data, f))).toEqual([]);
    const ids = (data: unknown) =>
      ((data as { terms?: { id: string }[] }).terms ?? []).map((t) => t.id).sort();
    const vi = ids(parsed.find(({ f }) => f.includes('/vi/'))!.data);
    for (const { f, data } of parsed)
      expect(ids(data), `${f} has the same words as vi`).toEqual(vi);
  });
  it('pages', () => {
    const files = filesIn('content/pages', '.mdx');
    expect(files.flatMap((f) => problemsIn(pageSchema, frontmatter(f), f))).toEqual([]);
  });
  it('hotlines', () => {
    const files = filesIn('content/hotlines', '.yaml');
    expect(files.length).toBeGreaterThan(0);
    expect(
      files.flatMap((f) => problemsIn(hotlineSchema, parseYaml(readFileSync(f, 'utf8')), f)),
    ).toEqual([]);
  });
  it('provinces: all 34, numbered 1 to 34 once each', () => {
    const files = filesIn('content/provinces', '.yaml');
    const parsed = files.map((f) => ({
      f,
      r: provinceSchema.safeParse(parseYaml(readFileSync(f, 'utf8'))),
    }));
    expect(
      parsed.flatMap(({ f, r }) =>
        r.success ? [] : r.error.issues.map((i) => `${f}: ${i.path.join('.')}: ${i.message}`),
      ),
    ).toEqual([]);
    const numbers = parsed.map(({ r }) => r.data?.number).sort((a, b) => a! - b!);
    expect(numbers).toEqual(Array.from({ length: 34 }, (_, i) => i + 1));
  });
  it('providers, each in a province that exists', () => {
    const provinces = new Set(
      filesIn('content/provinces', '.yaml').map((f) => f.split('/').pop()!.replace('.yaml', '')),
    );
    const files = filesIn('content/providers', '.mdx').filter((f) => f.split('/').length === 3);
    const problems = files.flatMap((f) => problemsIn(providerSchema, frontmatter(f), f));
    const references = files.map((f) => ({
      id: f.split('/').pop()!.replace('.mdx', ''),
      province: String((frontmatter(f) as { province?: unknown }).province),
    }));
    expect([...problems, ...unknownProvinces(references, provinces)]).toEqual([]);
  });
  it('chapters share their order number across languages', () => {
    const order = new Map<string, Set<number>>();
    for (const file of filesIn('content/handbook', '.mdx')) {
      const slug = file.split('/').pop()!;
      const data = handbookSchema.parse(frontmatter(file));
      order.set(slug, (order.get(slug) ?? new Set()).add(data.order));
    }
    const mismatched = [...order].filter(([, numbers]) => numbers.size > 1).map(([slug]) => slug);
    expect(mismatched).toEqual([]);
  });
});

describe('the handbook', () => {
  const chapters = (lang: string) => filesIn(`content/handbook/${lang}`, '.mdx');
  const bodyWords = (file: string) =>
    readFrontmatter(readFileSync(file, 'utf8'))
      .body.replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ' ')
      .match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

  it('has all twelve chapters in Vietnamese and in English', () => {
    const names = (lang: string) => chapters(lang).map((f) => f.split('/').pop());
    expect(names('vi')).toHaveLength(12);
    expect(names('en')).toEqual(names('vi'));
  });
  it('has at least 400 words in every Vietnamese chapter', () => {
    const short = chapters('vi').filter((f) => bodyWords(f) < 400);
    expect(short).toEqual([]);
  });
  it('ends every chapter with what to do now and who can help', () => {
    const endings: Record<string, RegExp> = {
      vi: /## Bạn có thể làm gì ngay bây giờ[\s\S]*## Ai có thể giúp bạn/,
      en: /## What you can do now[\s\S]*## Who can help/,
    };
    const missing = ['vi', 'en'].flatMap((lang) =>
      chapters(lang).filter((f) => !endings[lang]!.test(readFileSync(f, 'utf8'))),
    );
    expect(missing).toEqual([]);
  });
});

describe('phone numbers in content', () => {
  // Numbers live in content/hotlines/ and provider data; text uses <Hotline id="…" />.
  // A page title may name a line ("Khi bạn gọi 111"), so titles are skipped.
  const shortCodes = /(?<![\d/.,])(110|111|112|113|114|115|117|119|120|122|1345|1366)(?![\d/])/;
  const phoneLike = /\+?\d[\d .-]{6,}\d/;
  it('are never typed into MDX text', () => {
    const files = [
      'content/handbook',
      'content/pages',
      'content/migration',
      'content/course',
      'content/providers',
    ].flatMap((dir) => filesIn(dir, '.mdx'));
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
        .replace(/^title: .*$/m, '')
        .replace(/<(Hotline|CallButton)\s[^>]*\/>/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/^\s*-\s+https?:\/\/\S+$/gm, '')
        // Front-matter dates and source fields (sources: - date:, url:, title:) are not phone numbers.
        .replace(/^\s*(-\s*)?(verified|dial|number|url|title|date|reviewed|publisher):.*$/gm, '');
      return text
        .split('\n')
        .flatMap((line, i) =>
          shortCodes.test(line) || phoneLike.test(line)
            ? [`${file}:${i + 1}: ${line.trim().slice(0, 80)}`]
            : [],
        );
    });
    expect(offenders).toEqual([]);
  });
});

describe('schemas explain mistakes to editors', () => {
  const good = {
    number: '111',
    dial: '111',
    country: 'VN',
    kind: 'short-code',
    name: { vi: 'a', en: 'b' },
    description: { vi: 'a', en: 'b' },
    hours: '24/7',
    cost: 'free',
    languages: ['vi'],
    domesticOnly: true,
    status: 'current',
    sources: ['https://example.org/a'],
    published: '2025-09',
  };
  it('accepts a complete hotline', () => {
    expect(hotlineSchema.safeParse(good).success).toBe(true);
  });
  it('refuses a hotline without a source, naming the field', () => {
    const issues = hotlineSchema.safeParse({ ...good, sources: [] }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['sources', expect.stringMatching(/needs at least one source/)],
    ]);
  });
  it('refuses a hotline without a published date', () => {
    const { published: _omit, ...rest } = good;
    const issues = hotlineSchema.safeParse(rest).error?.issues ?? [];
    expect(issues[0]?.path).toEqual(['published']);
  });
  it('refuses a published date later than the newest dated source, saying why', () => {
    const issues =
      hotlineSchema.safeParse({
        ...good,
        sources: [{ url: 'https://example.org/a', date: '2020-01' }, 'https://example.org/b'],
        published: '2026-11-22',
      }).error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['published', expect.stringMatching(/later than the newest dated source \(2020-01\)/)],
    ]);
    expect(
      hotlineSchema.safeParse({
        ...good,
        sources: [{ url: 'https://example.org/a', date: '2020-01' }],
        published: '2020-01',
        confirmed: '2026-11-01',
      }).success,
    ).toBe(true);
  });
  it('refuses "unknown" when a source carries a date', () => {
    const issues =
      hotlineSchema.safeParse({
        ...good,
        sources: [{ url: 'https://example.org/a', date: '2022-09-18' }],
        published: 'unknown',
      }).error?.issues ?? [];
    expect(issues[0]?.message).toMatch(/dated 2022-09-18: use that date/);
  });
  it('refuses the retired 1800 1567 line', () => {
    const issues =
      hotlineSchema.safeParse({ ...good, number: '1800 1567', dial: '18001567', kind: 'national' })
        .error?.issues ?? [];
    expect(issues[0]?.message).toMatch(/not a known national service number/);
  });
  it('refuses a revealing chapter title and says why', () => {
    const issues =
      handbookSchema.safeParse({
        title: 'Quyền của nạn nhân',
        description: 'x',
        order: 1,
        keyPoints: ['a', 'b'],
        sources: [{ publisher: 'P', title: 'T', date: '2025' }],
        reviewed: '2026-11-29',
      }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toEqual(['title']);
    expect(issues[0]?.message).toMatch(/history/);
  });
});

describe('web addresses in content', () => {
  it('accept only http(s), so no javascript:, data: or file: link can reach a page', async () => {
    const { sourceSchema } = await import('./source.ts');
    const base = { publisher: 'P', title: 'T', date: '2025' };
    expect(sourceSchema.safeParse({ ...base, url: 'https://chinhphu.vn/' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])
      expect(sourceSchema.safeParse({ ...base, url }).success, url).toBe(false);
  });
});

describe('source dates', () => {
  it('take "unknown" when the page shows no date, and nothing else that is not a date', async () => {
    const { sourceSchema } = await import('./source.ts');
    const base = { publisher: 'P', title: 'T', url: 'https://support.google.com/' };
    for (const date of ['unknown', '2025', '2025-09', '2025-09-19'])
      expect(sourceSchema.safeParse({ ...base, date }).success, date).toBe(true);
    for (const date of ['', 'n/a', 'không rõ', '19/09/2025'])
      expect(sourceSchema.safeParse({ ...base, date }).success, date).toBe(false);
  });
});

/**
 * Sites that copy other publishers' articles or law texts. A reader should be
 * sent to the original: the law on vbpl.vn or chinhphu.vn, the ministry, the
 * province, or the newspaper that first published the story.
 */
const AGGREGATORS = [
  'baomoi.net.vn',
  'baomoi.com',
  'vietnam.vn',
  'hethongphapluat.com',
  'luatvietnam.vn',
  'thuvienphapluat.vn',
];

/** Whether a source address is on one of the sites above (or a subdomain of one). */
function copiesOthers(url: string): boolean {
  const host = new URL(url).hostname.replace(/^(www|m)\./, '');
  return AGGREGATORS.some((a) => host === a || host.endsWith(`.${a}`));
}

describe('handbook, page and word-list sources', () => {
  it('cite the original publisher, never a site that copies others', () => {
    const files = [
      ...filesIn('content/handbook', '.mdx').map((f) => ({ f, data: frontmatter(f) })),
      ...filesIn('content/pages', '.mdx').map((f) => ({ f, data: frontmatter(f) })),
      ...filesIn('content/glossary', '.yaml').map((f) => ({
        f,
        data: parseYaml(readFileSync(f, 'utf8')) as unknown,
      })),
    ];
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap(({ f, data }) =>
      ((data as { sources?: { url?: string }[] }).sources ?? [])
        .map((s) => s.url ?? '')
        .filter((url) => url !== '' && copiesOthers(url))
        .map(
          (url) =>
            `${f}: ${url} copies other publishers; cite the original page that carries the same fact`,
        ),
    );
    expect(offenders).toEqual([]);
  });
});

describe('provider and hotline sources', () => {
  /** A provider lists addresses; a hotline lists addresses or { url, date, publisher }. */
  const urlsOf = (data: unknown) =>
    ((data as { sources?: (string | { url?: string })[] }).sources ?? []).map((s) =>
      typeof s === 'string' ? s : (s.url ?? ''),
    );
  const copySites = (f: string, data: unknown) =>
    urlsOf(data)
      .filter((url) => url !== '' && copiesOthers(url))
      .map(
        (url) =>
          `${f}: sources: ${url} is a site that copies other publishers. Cite the original instead (the newspaper's own article, the ministry's or the province's page, the law on vbpl.vn); if no original can be found, remove the sentence it supports and this address.`,
      );

  it('tell a copy site from the original publisher by its host', () => {
    expect(copiesOthers('https://www.vietnam.vn/en/some-story')).toBe(true);
    expect(copiesOthers('https://m.baomoi.com/a/c/1.epi')).toBe(true);
    expect(copiesOthers('https://english.luatvietnam.vn/x.html')).toBe(true);
    expect(copiesOthers('https://phunuvietnam.vn/some-story.htm')).toBe(false);
    expect(copiesOthers('https://sotuphap.daklak.gov.vn/x.html')).toBe(false);
    expect(
      copySites('content/providers/x.mdx', { sources: ['https://www.vietnam.vn/en/x'] }),
    ).toEqual([
      expect.stringMatching(
        /^content\/providers\/x\.mdx: sources: https:\/\/www\.vietnam\.vn\/en\/x .*original/,
      ),
    ]);
    expect(
      copySites('content/hotlines/x.yaml', { sources: [{ url: 'https://hethongphapluat.com/x' }] }),
    ).toHaveLength(1);
  });
  it('cite the original publisher, never a site that copies others', () => {
    const providers = filesIn('content/providers', '.mdx').map((f) => ({
      f,
      data: frontmatter(f),
    }));
    const hotlines = filesIn('content/hotlines', '.yaml').map((f) => ({
      f,
      data: parseYaml(readFileSync(f, 'utf8')) as unknown,
    }));
    expect(providers.length).toBeGreaterThan(20);
    expect(hotlines.length).toBeGreaterThan(10);
    expect([...providers, ...hotlines].flatMap(({ f, data }) => copySites(f, data))).toEqual([]);
  });
});

describe('province sources', () => {
  it('cite the state press or an official page, never a law database or a company', () => {
    // A company's website is no source for the map of the country either.
    const notSources = [...AGGREGATORS, 'vietaustralia.com'];
    const files = filesIn('content/provinces', '.yaml');
    expect(files).toHaveLength(34);
    const offenders = files.flatMap((f) =>
      ((parseYaml(readFileSync(f, 'utf8')) as { sources?: string[] }).sources ?? [])
        .filter((url) => {
          const host = new URL(url).hostname.replace(/^(www|m)\./, '');
          return notSources.some((a) => host === a || host.endsWith(`.${a}`));
        })
        .map((url) => `${f}: ${url} is not an official page or state press; cite one that is`),
    );
    expect(offenders).toEqual([]);
  });
});
