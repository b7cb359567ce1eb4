import { describe, expect, it } from 'vitest';
import { coverageByProvince, coverageLine } from './coverage.ts';

describe('coverageByProvince', () => {
  it('counts places per province, most first, and names provinces with none', () => {
    const groups = coverageByProvince(['a', 'b', 'c', 'd'], ['b', 'a', 'b', 'x']);
    expect(groups).toEqual([
      { count: 2, provinces: ['b'] },
      { count: 1, provinces: ['a'] },
      { count: 0, provinces: ['c', 'd'] },
    ]);
    expect(coverageLine(groups)).toBe('2: b · 1: a · 0: c, d');
  });
});
