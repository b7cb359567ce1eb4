import { describe, expect, it } from 'vitest';
import { fillTemplate, formatBytes } from './template.ts';

describe('fillTemplate', () => {
  it('fills placeholders', () => {
    expect(fillTemplate('{done} of {total}', { done: 1, total: 9 })).toBe('1 of 9');
  });
  it('refuses a placeholder without a value', () => {
    expect(() => fillTemplate('Size: {size}', {})).toThrow(/\{size\}/);
  });
});

describe('formatBytes', () => {
  it('uses the reader’s number format', () => {
    expect(formatBytes(1.25 * 1024 * 1024, 'vi')).toMatch(/^1,3 MB$|^1,2 MB$/);
    expect(formatBytes(300 * 1024, 'en')).toBe('300 kB');
  });
});
