// Plain Vietnamese, enforced: every Vietnamese handbook chapter and standalone
// page keeps its median sentence at or under 14 syllables and no sentence over
// 35 (headings left out; key points count), measured on the content files the
// pages are built from. In the legal chapters, every hard word from the word
// list is explained with <Term> the first time it appears. Each test lists
// every offender with the sentence or word to fix.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFiles, glossaryForms } from '../scripts/readability.ts';
import {
  glossaryCoverage,
  measure,
  sentencesOver,
  VI_LONGEST_LIMIT,
  VI_MEDIAN_LIMIT,
} from '../src/lib/readability.ts';
import { routeOf } from '../src/lib/routes.ts';
import { distDir } from './support/dist.ts';

const files = contentFiles('vi');
const legalChapters = ['nhung-ngay-dau', 'quyen-loi', 'giay-to'].map(
  (slug) => `content/handbook/vi/${slug}.mdx`,
);

/** The built page a content file becomes. */
const builtFile = (file: string) => {
  const [, collection, slug] = /^content\/(handbook|pages)\/vi\/(.*)\.mdx$/.exec(file) ?? [];
  if (!slug) return file;
  return `${distDir}${(collection === 'handbook' ? routeOf.chapter : routeOf.page)(slug)}index.html`;
};

describe('plain Vietnamese', () => {
  it('measures every Vietnamese chapter and page that is built', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    expect(files.filter((f) => !existsSync(builtFile(f)))).toEqual([]);
  });

  it(`keeps the median sentence at or under ${VI_MEDIAN_LIMIT} syllables and none over ${VI_LONGEST_LIMIT}`, () => {
    const problems = files.flatMap((file) => {
      const mdx = readFileSync(file, 'utf8');
      const { median } = measure(mdx);
      return [
        ...(median > VI_MEDIAN_LIMIT
          ? [`${file}: median sentence ${median} syllables; split long sentences`]
          : []),
        ...sentencesOver(mdx, VI_LONGEST_LIMIT).map(
          (s) => `${file}: ${s.length} syllables, split it: “${s.sentence}”`,
        ),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('explains every hard word in the legal chapters the first time it appears', () => {
    const terms = glossaryForms('vi');
    expect(terms.length).toBeGreaterThanOrEqual(15);
    const problems = legalChapters.flatMap((file) => {
      const { used, wrapped } = glossaryCoverage(readFileSync(file, 'utf8'), terms);
      return used
        .filter((id) => !wrapped.includes(id))
        .map((id) => `${file}: wrap the first “${id}” in <Term id="${id}">…</Term>`);
    });
    expect(problems).toEqual([]);
  });
});
