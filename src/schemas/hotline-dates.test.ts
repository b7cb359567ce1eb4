// Every hotline's `published` date is the date of its newest source, never the
// day the number was copied: a 2020 mission number must not look like a 2026
// one (review content-migration-hotlines-directory.md, item 2). Reads the real
// YAML files through the schema, so a wrong date fails here and in the build.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isAfterPartialDate, newestPartialDate } from '../lib/stale.ts';
import { hotlineSchema } from './hotline.ts';

const dir = 'content/hotlines';
const entries = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    name,
    result: hotlineSchema.safeParse(parse(readFileSync(`${dir}/${name}`, 'utf8'))),
  }));

describe('hotline dates', () => {
  it('every hotline file passes the schema', () => {
    const broken = entries
      .filter((e) => !e.result.success)
      .map((e) => `${e.name}: ${e.result.error?.issues.map((i) => i.message).join('; ')}`);
    expect(broken).toEqual([]);
  });

  it('no hotline is published later than its newest source date, where that date is known', () => {
    const late = entries.flatMap(({ name, result }) => {
      if (!result.success) return [];
      const newest = newestPartialDate(result.data.sources.flatMap((s) => s.date ?? []));
      return newest &&
        result.data.published !== 'unknown' &&
        isAfterPartialDate(result.data.published, newest)
        ? [`${name}: published ${result.data.published}, newest source ${newest}`]
        : [];
    });
    expect(late).toEqual([]);
  });

  it('keeps the mission numbers at the date of their sources (2019–2022), not a later day', () => {
    const published = Object.fromEntries(
      entries.flatMap(({ name, result }) =>
        result.success ? [[name.replace('.yaml', ''), result.data.published]] : [],
      ),
    );
    expect(published).toMatchObject({
      'cn-embassy-beijing': '2020-01',
      'cn-cg-guangzhou': '2020-01',
      'cn-cg-nanning': '2020-01',
      'cn-cg-kunming': '2020-01',
      'cn-cg-shanghai': '2020-01',
      'hk-cg-hongkong': '2019-11',
      'kh-embassy-phnom-penh': '2022-09-18',
      'kh-cg-sihanoukville': '2022-09-18',
      'kr-embassy-vn': '2022-10-30',
    });
  });

  it('no hotline claims a check by phone or on the operator’s page that nobody has made', () => {
    // Nobody has called these lines for this project yet. When someone does, add
    // `confirmed` to that file and its id here.
    const confirmedIds: string[] = [];
    const claimed = entries.flatMap(({ name, result }) =>
      result.success && result.data.confirmed ? [name.replace('.yaml', '')] : [],
    );
    expect(claimed).toEqual(confirmedIds);
  });
});
