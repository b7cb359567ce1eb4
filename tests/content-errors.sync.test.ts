// The build itself must refuse bad content with a message an editor can act
// on. Each case copies the project to a temporary folder, breaks one file,
// and runs `astro sync` (which validates every collection, as the build does).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../scripts/lib/project-copy.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function projectCopy(): string {
  const dir = copyProject('ve-nha-content-');
  made.push(dir);
  return dir;
}

function sync(dir: string) {
  const run = spawnSync(resolve('node_modules/.bin/astro'), ['sync'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('the build refuses bad content', () => {
  it('a hotline without a source, naming the file and the field', () => {
    const dir = projectCopy();
    writeFileSync(
      join(dir, 'content/hotlines/vn-bad.yaml'),
      [
        'number: "113"',
        'dial: "113"',
        'country: VN',
        'kind: short-code',
        'name: { vi: Công an, en: Police }',
        'description: { vi: x, en: x }',
        'hours: "24/7"',
        'cost: free',
        'languages: [vi]',
        'domesticOnly: true',
        'status: current',
        'sources: []',
        "published: '2025-09'",
      ].join('\n'),
    );
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/vn-bad/);
    expect(output).toMatch(/sources/);
    expect(output).toMatch(/needs at least one source/);
  }, 60_000);

  it('a chapter whose title would reveal the subject in the browser history', () => {
    const dir = projectCopy();
    writeFileSync(
      join(dir, 'content/handbook/vi/zz-thu.mdx'),
      '---\ntitle: "Quyền của nạn nhân"\ndescription: "x"\norder: 99\nkeyPoints: ["a", "b"]\n---\n\nx\n',
    );
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/zz-thu/);
    expect(output).toMatch(/title/);
    expect(output).toMatch(/history/);
  }, 60_000);

  it('a word-list entry whose bracketed meaning is too long, naming the file and the field', () => {
    const dir = projectCopy();
    const file = join(dir, 'content/glossary/vi/tu-ngu.yaml');
    // The first entry's meaning, whichever it is, made too long.
    const text = readFileSync(file, 'utf8');
    const short = /^(\s*short: ).*$/m.exec(text);
    expect(short, `${file} has a "short" meaning to break`).not.toBeNull();
    writeFileSync(file, text.replace(short![0], `${short![1]}"${'rất dài '.repeat(20)}"`));
    const { status, output } = sync(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/tu-ngu/);
    expect(output).toMatch(/short/);
    expect(output).toMatch(/under 90 characters/);
  }, 60_000);

  it('accepts the project as it is (so the failures above are about the broken file)', () => {
    const { status, output } = sync(projectCopy());
    expect(status, output).toBe(0);
  }, 60_000);
});
