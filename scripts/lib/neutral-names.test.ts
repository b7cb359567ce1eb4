import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revealingFileNames } from './neutral-names.ts';

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
