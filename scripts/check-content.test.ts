import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesToReview, providersToConfirm, unsafeMdx } from './check-content.ts';

const dir = mkdtempSync(join(tmpdir(), 've-nha-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const provider = (name: string, status: string, verified: string) =>
  writeFileSync(
    join(dir, `${name}.mdx`),
    `---\nname:\n  vi: ${name}\nstatus: ${status}\nverified: ${verified}\n---\n\nText.\n`,
  );

describe("the data editor's list of providers to confirm", () => {
  provider('fresh-confirmed', 'verified', '2026-10-01');
  provider('old-confirmed', 'verified', '2024-01-01');
  provider('fresh-unconfirmed', 'unverified', '2026-09-01');
  provider('closed', 'historic', '2009-07-01');
  // Windows line endings, and a file the schema will reject, must not stop the check.
  writeFileSync(
    join(dir, 'crlf.mdx'),
    '---\r\nname:\r\n  vi: X\r\nstatus: unverified\r\nverified: 2020-01-01\r\n---\r\n\r\nText.\r\n',
  );
  writeFileSync(join(dir, 'no-date.mdx'), '---\nstatus: unverified\n---\n\nText.\n');
  writeFileSync(join(dir, 'no-front-matter.mdx'), 'Text.\n');
  // Broken YAML is the schema's to report: here the file is only left off the list.
  writeFileSync(join(dir, 'broken.mdx'), '---\nstatus: [unclosed\n---\n\nText.\n');
  const now = new Date('2026-11-29');

  it('lists only listed providers that carry a warning, oldest first', () => {
    const result = providersToConfirm(dir, now);
    expect(result.listed).toBe(4);
    expect(result.toConfirm.map((p) => [p.id.split('/').pop(), p.flags])).toEqual([
      ['crlf.mdx', ['unverified', 'stale']],
      ['old-confirmed.mdx', ['stale']],
      ['fresh-unconfirmed.mdx', ['unverified']],
    ]);
  });

  it('reads the real providers without error', () => {
    const result = providersToConfirm('content/providers', now);
    expect(result.listed).toBeGreaterThan(0);
  });
});

describe("the editors' list of pages to review", () => {
  const pages = join(dir, 'pages');
  mkdirSync(join(pages, 'vi'), { recursive: true });
  const write = (name: string, front: string) =>
    writeFileSync(join(pages, 'vi', `${name}.mdx`), `---\n${front}\n---\n\nText.\n`);
  write('fresh', 'title: A\nreviewed: 2026-10-01');
  write('old', 'title: B\nreviewed: 2025-06-01');
  write('older', 'title: C\r\nreviewed: 2024-01-01');
  write('undated', 'title: D');
  write('broken', 'title: [unclosed');
  const now = new Date('2026-11-29');

  it('lists pages with no date first, then those reviewed over a year ago, oldest first', () => {
    const result = pagesToReview([pages], now);
    expect(result.total).toBe(5);
    expect(result.toReview.map((p) => p.id.split('/').pop())).toEqual([
      'broken.mdx',
      'undated.mdx',
      'older.mdx',
      'old.mdx',
    ]);
  });

  it('reads the real handbook and pages without error', () => {
    const result = pagesToReview(['content/handbook', 'content/pages'], now);
    expect(result.total).toBeGreaterThan(20);
  });
});

describe('the MDX allow-list over content/', () => {
  it('names every unsafe file with line and fix, stricter for providers, and passes the real content', () => {
    const root = join(dir, 'mdx');
    mkdirSync(join(root, 'providers', 'en'), { recursive: true });
    mkdirSync(join(root, 'handbook', 'vi'), { recursive: true });
    const body = '---\ntitle: A\n---\n\n';
    writeFileSync(join(root, 'handbook', 'vi', 'ok.mdx'), `${body}## A\n\n[x](/dich-vu/)\n`);
    writeFileSync(join(root, 'handbook', 'vi', 'esm.mdx'), `${body}export const a = 1\n`);
    writeFileSync(join(root, 'providers', 'p.mdx'), `${body}Gọi <Hotline id="vn-111" />.\n`);
    writeFileSync(join(root, 'providers', 'en', 'p.mdx'), `${body}## Heading\n`);
    expect(unsafeMdx(root)).toEqual([
      expect.stringMatching(/handbook\/vi\/esm\.mdx:5:1: .*"export".*Remove it/),
      expect.stringMatching(/providers\/en\/p\.mdx:5:1: a provider description .*heading/),
    ]);
    expect(unsafeMdx('content')).toEqual([]);
  });
});
