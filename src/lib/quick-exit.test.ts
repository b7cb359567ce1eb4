import { describe, expect, it } from 'vitest';
import { createShiftCounter } from './quick-exit.ts';

describe('createShiftCounter', () => {
  it('fires on the third Shift in a row', () => {
    const onKey = createShiftCounter();
    expect(onKey('Shift', 0)).toBe(false);
    expect(onKey('Shift', 300)).toBe(false);
    expect(onKey('Shift', 600)).toBe(true);
  });
  it('starts again after another key', () => {
    const onKey = createShiftCounter();
    onKey('Shift', 0);
    onKey('Shift', 100);
    expect(onKey('a', 200)).toBe(false);
    expect(onKey('Shift', 300)).toBe(false);
  });
  it('starts again after a long pause', () => {
    const onKey = createShiftCounter(3, 1000);
    onKey('Shift', 0);
    onKey('Shift', 500);
    expect(onKey('Shift', 5000)).toBe(false);
  });
});
