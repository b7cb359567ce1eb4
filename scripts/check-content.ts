// Before the build: list hotlines last published or confirmed over a year ago
// (or with no known date), providers not verified for over a year, and
// listed providers that readers are told to check, so editors see their work
// in every build log (the site lists old numbers on /to-chuc/ too).
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import {
  hotlineLastKnown,
  providerFlags,
  staleEntries,
  STALE_AFTER_DAYS,
  type ProviderFlag,
} from '../src/lib/stale.ts';
import { coverageByProvince, coverageLine } from '../src/lib/coverage.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { buildDate } from '../src/lib/build-date.ts';
import { checkMdx } from '../src/lib/mdx-check.ts';
import { checkSettings } from '../src/lib/settings.ts';
import { revealingFileNames } from './lib/neutral-names.ts';
import { step } from './lib/step.ts';

export function staleHotlineFiles(dir = 'content/hotlines', now = buildDate) {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = (parse(readFileSync(`${dir}/${name}`, 'utf8')) ?? {}) as {
        published?: unknown;
        confirmed?: unknown;
      };
      // YAML may read an unquoted date as a Date; the schema checks the format in the build.
      const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
      const published = data.published === undefined ? 'unknown' : text(data.published);
      const confirmed = data.confirmed === undefined ? undefined : new Date(text(data.confirmed));
      const lastKnown =
        /^\d{4}/.test(published) || confirmed
          ? hotlineLastKnown({
              published: /^\d{4}/.test(published) ? published : 'unknown',
              confirmed: confirmed && !Number.isNaN(confirmed.getTime()) ? confirmed : undefined,
            })
          : undefined;
      return { id: `${dir}/${name}`, lastKnown };
    });
  return { total: entries.length, stale: staleEntries(entries, now, (e) => e.lastKnown) };
}

/**
 * Every MDX file in content/ that holds program code, raw HTML, an unknown
 * component, an unsafe link or a remote image, each with file, line and fix.
 * Providers and their translations get the stricter provider profile: text
 * paragraphs and <Hotline> numbers only.
 */
export function unsafeMdx(dir = 'content'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const profile = /^providers[/\\]/.test(name) ? 'provider' : 'page';
      return checkMdx(readFileSync(`${dir}/${name}`, 'utf8'), profile).map(
        (p) => `${dir}/${name}:${p.line}:${p.column}: ${p.message}`,
      );
    });
}

/**
 * Listed providers (not historic ones) that show a warning badge, oldest first:
 * the data editor's list of places to call. The schema checks the files in the
 * build proper; this only reads `status` and `verified`.
 */
export function providersToConfirm(dir = 'content/providers', now = buildDate) {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      // A broken file is the schema's to report, with its field and fix, in
      // the build proper: here it is only left off the list.
      let data: { status?: unknown; verified?: unknown; confirmed?: unknown; province?: unknown } =
        {};
      try {
        data = readFrontmatter<typeof data>(text).data;
      } catch {
        // Left off: no date.
      }
      const status = data.status as 'verified' | 'unverified' | 'historic';
      const verified = new Date(String(data.verified));
      // YAML 1.2 reads a date as a string.
      const confirmed = typeof data.confirmed === 'string' ? new Date(data.confirmed) : undefined;
      return { id: `${dir}/${name}`, status, verified, confirmed, province: String(data.province) };
    })
    .filter((entry) => !Number.isNaN(entry.verified.getTime()))
    .filter((entry) => entry.status !== 'historic');
  const toConfirm = entries
    .map((entry) => ({ ...entry, flags: providerFlags(entry, now) }))
    .filter((entry) => entry.flags.length > 0)
    .sort((a, b) => a.verified.getTime() - b.verified.getTime());
  return { listed: entries.length, toConfirm, provinces: entries.map((e) => e.province) };
}

/**
 * Handbook chapters and pages whose `reviewed` date is over a year old (or
 * missing), oldest first: the editors' reading list. The schema rejects a
 * missing date in the build proper; here such a file is listed, not fatal.
 */
export function pagesToReview(dirs = ['content/handbook', 'content/pages'], now = buildDate) {
  const entries = dirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const text = readFileSync(`${dir}/${name}`, 'utf8');
        let data: { reviewed?: unknown } = {};
        try {
          data = readFrontmatter<typeof data>(text).data;
        } catch {
          // Broken front matter is the schema's to report, with its field and fix.
        }
        return { id: `${dir}/${name}`, data: { verified: new Date(String(data.reviewed)) } };
      }),
  );
  const undated = entries.filter((entry) => Number.isNaN(entry.data.verified.getTime()));
  const stale = staleEntries(
    entries.filter((entry) => !undated.includes(entry)),
    now,
    (entry) => entry.data.verified,
  );
  return {
    total: entries.length,
    toReview: [
      ...undated.map((entry) => ({ id: entry.id, reviewed: undefined })),
      ...stale.map((entry) => ({ id: entry.id, reviewed: entry.data.verified })),
    ],
  };
}

const flagWords: Record<ProviderFlag, string> = {
  unverified: 'not yet confirmed with the provider',
  stale: `verified over ${STALE_AFTER_DAYS} days ago`,
  historic: 'historic',
};

if (import.meta.main) {
  await step('content check', () => {
    const settings = checkSettings(process.env);
    for (const warning of settings.warnings)
      console.warn(`  ! ${warning} (a local preview; PUBLISH=1 makes this an error)`);
    const revealing = [...settings.errors, ...unsafeMdx(), ...revealingFileNames()];
    if (revealing.length > 0) throw new Error(revealing.join('\n'));
    const result = staleHotlineFiles();
    for (const entry of result.stale) {
      const when = entry.lastKnown
        ? `last published or confirmed ${entry.lastKnown.toISOString().slice(0, 10)}, over ${STALE_AFTER_DAYS} days ago`
        : 'no dated source and never confirmed';
      console.warn(
        `  ! ${entry.id}: ${when}. Call it or read it on the operator's own page, then set "confirmed".`,
      );
    }
    const providers = providersToConfirm();
    for (const entry of providers.toConfirm) {
      const date = entry.verified.toISOString().slice(0, 10);
      console.warn(`  ? ${entry.id} (${date}): ${entry.flags.map((f) => flagWords[f]).join(', ')}`);
    }
    if (providers.toConfirm.length > 0) {
      console.warn(
        '  Confirm each with the provider, then set "status: verified" and today\'s date in "verified".',
      );
    }
    // How far the directory reaches: every province with its count of listed places.
    const provinceIds = readdirSync('content/provinces')
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length));
    console.warn(
      `  # places listed per province: ${coverageLine(coverageByProvince(provinceIds, providers.provinces))}`,
    );
    const pages = pagesToReview();
    for (const entry of pages.toReview) {
      console.warn(
        entry.reviewed
          ? `  ~ ${entry.id}: last reviewed ${entry.reviewed.toISOString().slice(0, 10)}, over ${STALE_AFTER_DAYS} days ago. Read it against its sources, then update "reviewed".`
          : `  ~ ${entry.id}: no "reviewed" date. Read it against its sources, then add "reviewed: YYYY-MM-DD".`,
      );
    }
    return {
      result,
      summary:
        `${result.total} hotlines, ${result.stale.length} not published or confirmed in ${STALE_AFTER_DAYS} days; ` +
        `${providers.listed} providers listed, ${providers.toConfirm.length} to confirm; ` +
        `${pages.total} pages, ${pages.toReview.length} not reviewed for over ${STALE_AFTER_DAYS} days`,
    };
  });
}
