import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([10, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
