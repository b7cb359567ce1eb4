import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealingFileNames, revealingLinks } from './neutral-names.ts';

describe('revealingFileNames', () => {
  it('names every content file whose address would reveal the site, and passes the real content', () => {
    const dir = mkdtempSync(join(tmpdir(), 've-nha-names-'));
    mkdirSync(join(dir, 'providers'));
    writeFileSync(join(dir, 'providers', 'ho-tro-nan-nhan-mua-ban-nguoi.mdx'), '');
    writeFileSync(join(dir, 'providers', 'tro-giup-phap-ly.mdx'), '');
    const found = revealingFileNames(dir);
    rmSync(dir, { recursive: true });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/ho-tro-nan-nhan-mua-ban-nguoi\.mdx.*Rename/);
    expect(revealingFileNames('content')).toEqual([]);
  });
});

describe('revealingLinks', () => {
  it('finds revealing links in content bodies, with file, line and fix, and passes the real content', () => {
    const dir = mkdtempSync(join(tmpdir(), 've-nha-links-'));
    writeFileSync(
      join(dir, 'a.mdx'),
      '---\nsources:\n  - url: https://x.vn/nan-nhan/\n---\n\nXem [bài](https://x.vn/mua-ban-nguoi/) và [luật](https://chinhphu.vn/1).\n',
    );
    const found = revealingLinks(dir);
    rmSync(dir, { recursive: true });
    expect(found).toEqual([
      expect.stringMatching(/a\.mdx:6: the link https:\/\/x\.vn\/mua-ban-nguoi\/ .*sources/),
    ]);
    expect(revealingLinks('content')).toEqual([]);
  });
});
