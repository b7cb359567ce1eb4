// Print: the whole handbook to PDF in Chromium on A4 and A5, chapters on new
// pages, nothing of the screen's navigation on paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useStrings } from '../src/i18n/ui/index.ts';
import { routeOf, routes } from '../src/lib/routes.ts';
import { startHarness, type Harness } from './support/browser.ts';
import { page as builtPage } from './support/dist.ts';
import { firstChapter, need } from './support/pick.ts';

let h: Harness;
const out = mkdtempSync(join(tmpdir(), 've-nha-print-'));
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  rmSync(out, { recursive: true, force: true });
});

async function printToPdf(path: string, name: string): Promise<string> {
  const ctx = await h.context();
  const page = await ctx.newPage();
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const file = join(out, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return file;
}

const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(info(file))![1]);
const pageText = (file: string, n: number) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], {
    encoding: 'utf8',
  });
const allText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
/** Text with whitespace squeezed, for comparing titles that wrap. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const digits = (s: string) => s.replace(/\D/g, '');
// The ministry's citizen-protection line, which every page for readers abroad
// carries (the id the abroad-help box uses), as its data file gives it.
const ministryLine = (
  parseYaml(readFileSync('content/hotlines/vn-mofa-citizen.yaml', 'utf8')) as { dial: string }
).dial;

const t = useStrings('vi');
// Words that appear only in the screen's controls, never in content.
const screenOnly = [
  t['quickExit.hint'],
  t.skipToContent,
  `${t['lang.label']}:`,
  t['handbook.next'],
  t['print.button'],
  t['print.hint'],
];

describe('the whole handbook in print', () => {
  const chapters = builtPage(routes.handbookPrint).doc.querySelectorAll(
    '[data-print-chapter] h2.chapter-title',
  );

  it('prints on A4 with each chapter starting a new page and no navigation', async () => {
    const file = await printToPdf(routes.handbookPrint, 'a4');
    expect(info(file)).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(chapters.length + 2);
    const firstLines = Array.from({ length: pages }, (_, i) => squeeze(pageText(file, i + 1)));
    for (const title of chapters.map((c) => squeeze(c.text))) {
      expect(
        firstLines.some((text) => text.startsWith(title)),
        `a page starts with "${title}"`,
      ).toBe(true);
    }
    const text = allText(file);
    for (const label of screenOnly) expect(text, label).not.toContain(label);
    // Links print with the site's full address, not a bare path.
    const origin = new URL(
      builtPage(routes.handbookPrint)
        .doc.querySelector('link[rel="canonical"]')!
        .getAttribute('href')!,
    ).origin;
    expect(text.replace(/\s+/g, '')).toContain(`${origin}${routes.hotlines}`);
    // The word list closes the booklet.
    expect(squeeze(text)).toContain(t['handbook.glossary']);
  });

  it('prints as an A5 booklet', async () => {
    const file = await printToPdf(routes.handbookPrintA5, 'a5');
    expect(info(file)).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A5\)/);
    expect(pageCount(file)).toBeGreaterThanOrEqual(chapters.length + 2);
  });
});

describe('a single chapter in print', () => {
  it('prints without navigation, buttons or the quick-exit control', async () => {
    const chapter = builtPage(routeOf.chapter(firstChapter().slug));
    const file = await printToPdf(chapter.path, 'chapter');
    const text = allText(file);
    expect(text).toContain(squeeze(chapter.doc.querySelector('h1')!.text).slice(0, 10));
    for (const label of [...screenOnly, t['handbook.previous']])
      expect(text, label).not.toContain(label);
  });
});

describe('wallet cards', () => {
  it('print cleanly with the numbers and no navigation', async () => {
    const file = await printToPdf(routes.walletCard, 'wallet');
    expect(info(file)).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = allText(file);
    expect(digits(text)).toContain(digits(ministryLine));
    for (const label of screenOnly) expect(text, label).not.toContain(label);
  });
});

describe('course handouts', () => {
  it('a lesson prints on A4 with its questions and answers and no navigation', async () => {
    const lesson = builtPage(
      routeOf.lesson(
        need(
          readdirSync('content/course/vi')
            .filter((name) => name.endsWith('.mdx'))
            .sort()[0],
          'lesson',
        ).replace(/\.mdx$/, ''),
      ),
    );
    const file = await printToPdf(lesson.path, 'lesson');
    expect(info(file)).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = allText(file);
    expect(text).toContain('Đáp án');
    // The handout carries the ministry line for readers abroad and its sources, open on paper.
    expect(digits(text)).toContain(digits(ministryLine));
    expect(text).toContain(squeeze(t['sources.heading']));
    const firstSource = lesson.doc.querySelector('[data-sources] details.sources li cite')!.text;
    expect(text).toContain(squeeze(firstSource).slice(0, 12));
    for (const label of [...screenOnly, t['course.next']]) expect(text, label).not.toContain(label);
  });
});
