// The one date of a build. Every page, print edition, "verified over a year
// ago" flag and offline bundle of a build reads it here, so they agree.
//
// It is the content's own date, not the clock: the newest day an editor
// wrote down in content/ as "checked on" (a page's `reviewed`, a number's
// `confirmed` or `published`, a provider's `verified` or `confirmed`).
// Building the same sources twice therefore gives byte-identical files, and
// a deploy that changes no content changes no page, so readers who saved the
// site download nothing again.
//
// Why the content's dates and not git's: they are in the files themselves, so
// a fresh clone, a shallow clone (which has one commit, and so a different
// "newest commit touching content/" than a full clone), a zip without .git
// and a machine without git all get the same date. They also move only when
// an editor records a check, which is what these dates tell the reader; a
// commit that touches only code or tests does not re-date every page.
//
// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/)
// still wins when set, for packagers who pin the date themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFrontmatter } from './frontmatter.ts';
import { partialDateStart } from './stale.ts';

/** The fields in which editors record the day something was checked or published. */
export const EDITORIAL_DATE_FIELDS = ['reviewed', 'confirmed', 'verified', 'published'] as const;

/** A YYYY, YYYY-MM or YYYY-MM-DD value (YAML may already have made a Date of it). */
function dateOfValue(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return undefined;
  const date = partialDateStart(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The newest editorial date among the top-level fields of one parsed file. */
export function newestEditorialDate(data: unknown): Date | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  return EDITORIAL_DATE_FIELDS.map((field) => dateOfValue(record[field]))
    .filter((d): d is Date => d !== undefined)
    .sort((a, b) => b.getTime() - a.getTime())[0];
}

/**
 * The newest editorial date of every content file under `dir` (MDX and
 * Markdown front matter, YAML data files), or undefined when none has one.
 */
export function contentDateOf(dir: string): Date | undefined {
  let newest: Date | undefined;
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return undefined;
  }
  for (const name of names.sort()) {
    let data: unknown;
    if (/\.mdx?$/.test(name)) data = readFrontmatter(readFileSync(join(dir, name), 'utf8')).data;
    else if (/\.ya?ml$/.test(name)) data = parse(readFileSync(join(dir, name), 'utf8'));
    else continue;
    const date = newestEditorialDate(data);
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest;
}

/**
 * The build date: SOURCE_DATE_EPOCH (whole seconds since 1970, UTC) when set,
 * else the content's newest editorial date, else (no dated content at all)
 * now, with a warning that the build will not be reproducible. A malformed
 * SOURCE_DATE_EPOCH is an error, as the specification asks.
 * @example buildDateFrom({ SOURCE_DATE_EPOCH: '1767225600' }) // 2026-01-01T00:00:00Z
 */
export function buildDateFrom(
  env: Readonly<Record<string, string | undefined>>,
  contentDate: () => Date | undefined = () => contentDateOf('content'),
  now: () => Date = () => new Date(),
): Date {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') {
    const date = contentDate();
    if (date) return date;
    console.warn(
      'No reviewed, confirmed, verified or published date found under content/: the build uses the current time, so two builds will differ. Set SOURCE_DATE_EPOCH to pin it.',
    );
    return now();
  }
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `SOURCE_DATE_EPOCH is "${value}"; it must be whole seconds since 1970 (e.g. 1767225600 for 1 January 2026), or unset to use the content's newest reviewed date.`,
    );
  }
  return new Date(Number(value) * 1000);
}

/** The date of this build, read once per process (the content is the same in each step). */
export const buildDate: Date = buildDateFrom(process.env);
