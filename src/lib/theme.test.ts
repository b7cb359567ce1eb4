import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundColor, brandColor } from './theme.ts';

describe('theme colours', () => {
  it('are the ones the stylesheet paints with', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toContain(`--c-brand: ${brandColor};`);
    expect(css).toContain(`--c-bg: ${backgroundColor};`);
  });
});
