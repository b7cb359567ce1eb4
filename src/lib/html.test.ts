import { describe, expect, it } from 'vitest';
import { prefixIds } from './html.ts';

describe('prefixIds', () => {
  it('prefixes ids and same-page links, not other links', () => {
    const html = '<h2 id="steps">x</h2><a href="#steps">s</a><a href="/so-tay/#top">t</a>';
    expect(prefixIds(html, 'suc-khoe')).toBe(
      '<h2 id="suc-khoe-steps">x</h2><a href="#suc-khoe-steps">s</a><a href="/so-tay/#top">t</a>',
    );
  });
});
