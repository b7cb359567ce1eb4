// npm run content:readability: for every handbook chapter and standalone page,
// the median and the longest sentence (syllables for Vietnamese, words for
// English; headings left out) and how many hard words are explained with
// <Term> the first time they appear. Vietnamese pages over the limits are
// marked, with their longest sentence, so an editor knows what to split.
// `-- --lang vi` shows one language; `-- --verbose` lists every long sentence.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  glossaryCoverage,
  measure,
  sentencesOver,
  VI_LONGEST_LIMIT,
  VI_MEDIAN_LIMIT,
  type GlossaryForms,
} from '../src/lib/readability.ts';

export interface PageFigures {
  file: string;
  lang: string;
  sentences: number;
  median: number;
  longest: number;
  longestSentence: string;
  termsUsed: number;
  termsWrapped: number;
  unwrapped: string[];
}

/** The .mdx files of one language: handbook chapters, then standalone pages. */
export function contentFiles(lang: string): string[] {
  return ['content/handbook', 'content/pages'].flatMap((dir) => {
    const base = `${dir}/${lang}`;
    if (!existsSync(base)) return [];
    return readdirSync(base, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => `${base}/${name}`);
  });
}

/** A language's glossary words and their forms, from content/glossary/<lang>/tu-ngu.yaml. */
export function glossaryForms(lang: string, dir = 'content/glossary'): GlossaryForms[] {
  const file = `${dir}/${lang}/tu-ngu.yaml`;
  if (!existsSync(file)) return [];
  const data = parseYaml(readFileSync(file, 'utf8')) as {
    terms?: { id: string; term: string; forms?: string[] }[];
  };
  return (data.terms ?? []).map((t) => ({ id: t.id, forms: [t.term, ...(t.forms ?? [])] }));
}

export function figures(lang: string): PageFigures[] {
  const terms = glossaryForms(lang);
  return contentFiles(lang).map((file) => {
    const mdx = readFileSync(file, 'utf8');
    const r = measure(mdx);
    const c = glossaryCoverage(mdx, terms);
    return {
      file,
      lang,
      sentences: r.sentences.length,
      median: r.median,
      longest: r.longest,
      longestSentence: r.longestSentence,
      termsUsed: c.used.length,
      termsWrapped: c.wrapped.length,
      unwrapped: c.used.filter((id) => !c.wrapped.includes(id)),
    };
  });
}

function report(lang: string, verbose: boolean): number {
  const unit = lang === 'vi' ? 'syllables' : 'words';
  const rows = figures(lang);
  let over = 0;
  console.log(`\n${lang}: sentence length in ${unit} (headings left out)`);
  console.log('file'.padEnd(48), 'sent.', 'median', 'longest', 'terms wrapped/used');
  for (const r of rows) {
    const bad = lang === 'vi' && (r.median > VI_MEDIAN_LIMIT || r.longest > VI_LONGEST_LIMIT);
    if (bad) over++;
    console.log(
      r.file.replace(/^content\//, '').padEnd(48),
      String(r.sentences).padStart(5),
      String(r.median).padStart(6),
      String(r.longest).padStart(7),
      `${r.termsWrapped}/${r.termsUsed}`.padStart(8),
      bad ? '  ✗ over the limit' : '',
      r.unwrapped.length ? `  not explained: ${r.unwrapped.join(', ')}` : '',
    );
    if (verbose || bad) {
      const limit = lang === 'vi' ? VI_LONGEST_LIMIT : 25;
      for (const s of sentencesOver(readFileSync(r.file, 'utf8'), verbose ? limit - 10 : limit)) {
        console.log(`      ${s.length}: ${s.sentence}`);
      }
    }
  }
  return over;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const only = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
  const verbose = args.includes('--verbose');
  let over = 0;
  for (const lang of only ? [only] : ['vi', 'en']) over += report(lang, verbose);
  if (over > 0) {
    console.log(
      `\n${over} Vietnamese page(s) over the limits (median ≤ ${VI_MEDIAN_LIMIT}, longest ≤ ${VI_LONGEST_LIMIT} syllables).`,
    );
    process.exitCode = 1;
  }
}
