// Every built page passes the W3C Nu HTML Checker (vnu-jar), the checker
// browsers' own people use. html-validate (html.build.test.ts) checks our
// house rules; vnu checks the HTML standard itself, including what a parser
// does with markup after </html>, where it stops reading.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir } from './support/dist.ts';
import { requireJava } from './support/require-chromium.ts';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** One JVM run over every path given: vnu starts slowly, so it checks them all at once. */
function vnu(paths: string[]): VnuMessage[] {
  let out: string;
  try {
    out = execFileSync(
      'java',
      ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', ...paths],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    // vnu exits 1 when it finds errors and writes its JSON report to stderr.
    const e = error as { stderr?: string; stdout?: string };
    out = e.stderr || e.stdout || '';
    if (!out.trim().startsWith('{')) throw error;
  }
  if (!out.trim()) return [];
  return (JSON.parse(out) as { messages: VnuMessage[] }).messages;
}

describe('the W3C Nu HTML Checker', () => {
  let messages: VnuMessage[] = [];
  let known: string;

  beforeAll(() => {
    requireJava();
    // A page that breaks the way the search page once did: its script after
    // </html>. Checked in the same run, so the test shows the checker can fail.
    known = join(mkdtempSync(join(tmpdir(), 've-nha-vnu-')), 'late-script.html');
    writeFileSync(
      known,
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body><p>x</p></body></html><script src="/x.js"></script>',
    );
    messages = vnu([resolve(distDir), known]);
  }, 300_000);

  it('reports a script after </html> (it can fail)', () => {
    expect(messages.some((m) => m.url.endsWith('late-script.html'))).toBe(true);
  });

  it('finds no error on any built page', () => {
    const problems = messages
      .filter((m) => !m.url.endsWith('late-script.html'))
      .map((m) => `${m.url.replace(/^.*\/dist\//, '/')}:${m.lastLine ?? '?'} ${m.message}`);
    expect(problems).toEqual([]);
  });
});
