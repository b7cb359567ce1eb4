import { describe, expect, it } from 'vitest';
import { unknownProvinces } from './references.ts';

describe('unknownProvinces', () => {
  it('names every provider in a province that does not exist, with the fix', () => {
    const problems = unknownProvinces(
      [
        { id: 'a', province: 'ha-noi' },
        { id: 'b', province: 'ha-tay' },
        { id: 'c', province: 'Hà Nội' },
      ],
      new Set(['ha-noi']),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('content/providers/b.mdx: province "ha-tay"');
    expect(problems[1]).toContain('e.g. "an-giang"');
  });
});
