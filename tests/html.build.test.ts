// Every built page is valid HTML (html-validate, recommended rules, see
// .htmlvalidate.json), and every internal link and #anchor resolves.
import { existsSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from './support/dist.ts';

const pages = builtPages();

describe('built HTML', () => {
  it('has no html-validate errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const p of pages) {
      const report = await validator.validateFile(p.file);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${p.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('has no internal link or #anchor that goes nowhere', () => {
    const ids = new Map(
      pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.id))]),
    );
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const url = new URL(href, `http://site${p.path}`);
        const target = url.pathname;
        const exists = target.endsWith('/') ? ids.has(target) : existsSync(`${distDir}${target}`);
        if (!exists) {
          broken.push(`${p.path} → ${href}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target.endsWith('/') && !ids.get(target)!.has(anchor))
          broken.push(`${p.path} → ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
