// The header policy as built: every inline script is allowed by its page's
// own policy and by the one header policy, the policy and the referrer rule
// come before any script, every host file carries the same policy, and each
// language has a 404 page with the help-now numbers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HASHES_FILE } from '../scripts/security-headers.ts';
import { localeCodes, locales } from '../src/i18n/locales.ts';
import {
  contentSecurityPolicy,
  notFoundPages,
  type InlineHashes,
} from '../src/lib/security-headers.ts';
import { routes } from '../src/lib/routes.ts';
import { builtPages } from './support/dist.ts';

const pages = builtPages();
const hashes = JSON.parse(readFileSync(`dist/${HASHES_FILE}`, 'utf8')) as InlineHashes;
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('Content-Security-Policy', () => {
  it('allows every inline script, in the page’s own policy and in the header policy', () => {
    const header = contentSecurityPolicy(hashes);
    const blocked = pages.flatMap((p) => {
      const meta =
        p.doc
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '';
      return p.doc.querySelectorAll('script:not([src])').flatMap((script) => {
        const hash = `'${sha256(script.rawText)}'`;
        return [
          ...(meta.includes(hash) ? [] : [`${p.path}: not in its <meta> policy`]),
          ...(header.includes(hash) ? [] : [`${p.path}: not in the header policy`]),
        ];
      });
    });
    expect(pages.length).toBeGreaterThan(20);
    expect(blocked).toEqual([]);
  });

  it('and the referrer rule come before any script, the exit guard included', () => {
    const late = pages.flatMap((p) => {
      const firstScript = p.html.indexOf('<script');
      const csp = p.html.indexOf('http-equiv="content-security-policy"');
      const referrer = p.html.indexOf('name="referrer"');
      if (firstScript === -1) return [`${p.path}: no script at all (the exit guard is missing)`];
      return csp > -1 && csp < firstScript && referrer > -1 && referrer < firstScript
        ? []
        : [p.path];
    });
    expect(late).toEqual([]);
  });

  it('is the same in dist/_headers and deploy/nginx.conf', () => {
    const policy = contentSecurityPolicy(hashes);
    expect(readFileSync('dist/_headers', 'utf8')).toContain(`Content-Security-Policy: ${policy}`);
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toContain(
      `add_header Content-Security-Policy "${policy}" always;`,
    );
    expect(readFileSync('dist/_headers', 'utf8')).toContain(
      `${routes.search}\n  Cache-Control: no-store`,
    );
  });
});

describe('404 pages', () => {
  it('exist in every language, neutral, with the numbers to call and search', () => {
    const problems = notFoundPages().flatMap(({ file }) => {
      const html = readFileSync(`dist${file}`, 'utf8');
      const locale = localeCodes.find((l) => file.startsWith(`/${l}/`)) ?? 'vi';
      return [
        ...(html.includes(`lang="${locales[locale].lang}"`) ? [] : [`${file}: wrong language`]),
        ...(html.includes('href="tel:111"') ? [] : [`${file}: no 111`]),
        ...(html.includes('role="search"') ? [] : [`${file}: no search`]),
      ];
    });
    expect(notFoundPages()).toHaveLength(localeCodes.length);
    expect(problems).toEqual([]);
  });
});
