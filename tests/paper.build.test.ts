// Words and paper in the built site: every <Term> shows its meaning as text,
// the word list is a page in every language and closes the printed booklet,
// every page meant for paper has a print button (with a hint when there is no
// JavaScript), and every in-site link in the content carries its full
// address for print. Each test lists every offender.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../src/i18n/locales.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routes } from '../src/lib/routes.ts';
import { builtPages, distDir, page } from './support/dist.ts';

const viTerms = (
  parseYaml(readFileSync('content/glossary/vi/tu-ngu.yaml', 'utf8')) as { terms: { id: string }[] }
).terms.map((t) => t.id);

describe('glossary', () => {
  it('every <Term> on every page shows its plain meaning in brackets', () => {
    const terms = builtPages().flatMap((p) =>
      p.doc.querySelectorAll('main [data-term]').map((el) => ({ path: p.path, el })),
    );
    expect(terms.length).toBeGreaterThan(50);
    const problems = terms
      .filter(
        ({ el }) =>
          !el.querySelector('dfn')?.text.trim() ||
          !/^\s\(.+\)$/.test(el.querySelector('.gloss')?.text ?? ''),
      )
      .map(
        ({ path, el }) =>
          `${path}: <Term ${el.getAttribute('data-term')}> has no word or no meaning`,
      );
    expect(problems).toEqual([]);
  });

  it('the word list page and the printed booklet list every word, in every language', () => {
    const problems = localeCodes.flatMap((code) =>
      [
        { path: localizePath(code, routes.glossary), prefix: '' },
        { path: localizePath(code, routes.handbookPrint), prefix: 'tu-ngu-' },
        { path: localizePath(code, routes.handbookPrintA5), prefix: 'tu-ngu-' },
      ].flatMap(({ path, prefix }) => {
        const doc = page(path).doc;
        const missing = viTerms.filter(
          (id) => !doc.querySelector(`dl.glossary dt[id="${prefix}${id}"] + dd`),
        );
        return missing.map((id) => `${path}: no entry for "${id}"`);
      }),
    );
    expect(problems).toEqual([]);
    const booklet = page(routes.handbookPrint).doc;
    expect(booklet.querySelector('.contents a[href="#tu-ngu"]')).not.toBeNull();
    expect(booklet.querySelector('[data-print-glossary] [data-sources]')).not.toBeNull();
  });
});

describe('paper', () => {
  const forPaper = builtPages().filter((p) =>
    /^\/(?:[a-z]{2}\/)?(?:so-tay\/(?!$)|so-tay\/ban-in\/|dich-vu\/(?:[^/]+\/)?ban-in\/|di-cu-an-toan\/the-vi\/|di-cu-an-toan\/khoa-hoc\/[^/]+\/)/.test(
      p.path,
    ),
  );

  it('every page meant for paper has a print button, shown by script, with a hint for no JavaScript', () => {
    expect(forPaper.length).toBeGreaterThan(4 * (12 + 2 + 34));
    const problems = forPaper.flatMap((p) => {
      const tool = p.doc.querySelector('main [data-print-tool].no-print');
      if (!tool) return [`${p.path}: no print button`];
      const found: string[] = [];
      if (!tool.querySelector('button[data-print][hidden]')?.text.trim())
        found.push(`${p.path}: the print button must start hidden (the script shows it)`);
      if (!/<noscript>\s*<p[^>]*>[^<]+<\/p>\s*<\/noscript>/.test(tool.innerHTML))
        found.push(`${p.path}: no hint on printing without JavaScript`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('prints every in-site link in the content with its full address', () => {
    // Print CSS writes var(--site-origin) before each root-relative href, so
    // the stylesheet must carry the canonical origin, and every in-site link
    // in <main> must be root-relative (a "../" or bare path would print wrong).
    const problems = builtPages().flatMap((p) => {
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const css = p.doc
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => readFileSync(`${distDir}${l.getAttribute('href')}`, 'utf8'))
        .join('\n');
      const origin = /--site-origin:\s*"([^"]+)"/.exec(css)?.[1];
      const found: string[] = [];
      if (origin !== new URL(canonical).origin)
        found.push(`${p.path}: its stylesheet gives --site-origin ${origin}, not ${canonical}`);
      for (const a of p.doc.querySelectorAll('main a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^(\/|#|https?:|tel:|mailto:)/.test(href))
          found.push(`${p.path}: link to "${href}" is not root-relative, so it prints wrong`);
      }
      return found;
    });
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
