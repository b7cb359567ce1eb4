// Cases for build and browser tests, chosen from the content rather than
// named: "the province with the most providers", "a province with none", "a
// provider with each flag", "the first chapter". A correct content edit then
// moves the case instead of breaking the test. Where the content has no case
// of a kind, the pick throws and says what to add: a test never skips for
// want of data.
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildDate } from '../../src/lib/build-date.ts';
import { fold } from '../../src/lib/fold.ts';
import { readFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { providerSchema } from '../../src/schemas/provider.ts';
import { providerFlags, STALE_AFTER_DAYS, type ProviderFlag } from '../../src/lib/stale.ts';

/** Throw, saying what the content lacks, when a pick finds nothing. */
export function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(
      `The content has no ${what}, and this test needs one. Add one to content/, or test this rule against a fixture under tests/fixtures/.`,
    );
  }
  return value;
}

const names = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => name.slice(0, -ext.length))
    .sort();

/** The YAML front matter of an MDX file. */
export function frontmatter(file: string): Record<string, unknown> {
  return readFrontmatter(readFileSync(file, 'utf8')).data;
}

export interface ProvinceCase {
  id: string;
  region: string;
  name: { vi: string; en: string };
  formerNames: string[];
}

let provinceCache: ProvinceCase[] | undefined;
/** Every province in content/provinces/, by id. */
export function provinces(): ProvinceCase[] {
  provinceCache ??= names('content/provinces', '.yaml').map((id) => {
    const data = parseYaml(readFileSync(`content/provinces/${id}.yaml`, 'utf8')) as Omit<
      ProvinceCase,
      'id'
    >;
    return { id, region: data.region, name: data.name, formerNames: data.formerNames ?? [] };
  });
  return provinceCache;
}

export interface ProviderCase {
  id: string;
  province: string;
  status: 'verified' | 'unverified' | 'historic';
  verified: Date;
  confirmed?: Date;
  nationwide: boolean;
  serviceTypes: string[];
}

let providerCache: ProviderCase[] | undefined;
/** Every provider in content/providers/ (the Vietnamese files), by id. */
export function providers(): ProviderCase[] {
  providerCache ??= names('content/providers', '.mdx').map((id) => {
    // Read as the site reads them: the schema turns dates into Dates.
    const data = providerSchema.parse(frontmatter(`content/providers/${id}.mdx`));
    return {
      id,
      province: data.province,
      status: data.status,
      verified: data.verified,
      ...(data.confirmed ? { confirmed: data.confirmed } : {}),
      nationwide: data.nationwide === true,
      serviceTypes: data.serviceTypes,
    };
  });
  return providerCache;
}

/** The providers a province page lists as its own: past programmes are left off. */
export function listedIn(province: string): ProviderCase[] {
  return providers().filter((p) => p.province === province && p.status !== 'historic');
}

/** The province that lists the most providers (the first by id on a tie). */
export function busiestProvince(): ProvinceCase {
  const [first] = [...provinces()].sort(
    (a, b) => listedIn(b.id).length - listedIn(a.id).length || a.id.localeCompare(b.id),
  );
  return need(
    first && listedIn(first.id).length > 1 ? first : undefined,
    'province listing more than one provider',
  );
}

/** A province that lists no provider, with a province of its region that lists some. */
export function emptyProvince(): ProvinceCase | undefined {
  // Undefined once every province lists a place (as since Bắc Ninh's first entry).
  return provinces().find(
    (p) =>
      listedIn(p.id).length === 0 &&
      provinces().some((q) => q.region === p.region && listedIn(q.id).length > 0),
  );
}

const day = 24 * 60 * 60 * 1000;

/**
 * A provider whose badges include `flag` as of the build date (SOURCE_DATE_EPOCH
 * or today, as the build reads it). Unless it is a past
 * programme, one with a date within a month of the staleness limit is passed
 * over, so the build and the test agree on the badges whatever the day.
 */
export function providerWithFlag(flag: ProviderFlag, now = buildDate): ProviderCase {
  const limit = now.getTime() - STALE_AFTER_DAYS * day;
  const clearOfLimit = (p: ProviderCase) =>
    [p.verified, p.confirmed].every((d) => !d || Math.abs(d.getTime() - limit) > 31 * day);
  return need(
    providers().find(
      (p) => (flag === 'historic' || clearOfLimit(p)) && providerFlags(p, now).includes(flag),
    ),
    `provider flagged "${flag}"`,
  );
}

/** A province's former names, with the province they are now part of. */
export function formerNames(): { name: string; province: ProvinceCase }[] {
  return provinces().flatMap((province) =>
    province.formerNames.map((name) => ({ name, province })),
  );
}

/** The provinces the directory's name filter shows for some typed words. */
export function provincesMatching(typed: string): ProvinceCase[] {
  const wanted = fold(typed).trim();
  return provinces().filter((p) =>
    fold([p.name.vi, p.name.en, ...p.formerNames].join(' ')).includes(wanted),
  );
}

/** Words as typed on a phone with no tone marks and "d" for "đ", case kept. */
export function withoutMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export interface ChapterCase {
  slug: string;
  order: number;
  title: string;
}

/** The handbook's Vietnamese chapters in reading order. */
export function chapters(): ChapterCase[] {
  return names('content/handbook/vi', '.mdx')
    .map((slug) => {
      const data = frontmatter(`content/handbook/vi/${slug}.mdx`);
      return { slug, order: Number(data.order), title: String(data.title) };
    })
    .sort((a, b) => a.order - b.order);
}

/** The first chapter in reading order. */
export function firstChapter(): ChapterCase {
  return need(chapters()[0], 'handbook chapter');
}

/** The first chapter in reading order whose Vietnamese MDX body passes `test`. */
export function firstChapterWhose(test: (body: string) => boolean, what: string): ChapterCase {
  const body = (slug: string) =>
    splitFrontmatter(readFileSync(`content/handbook/vi/${slug}.mdx`, 'utf8')).body;
  return need(
    chapters().find((c) => test(body(c.slug))),
    `handbook chapter that ${what}`,
  );
}
