import { describe, expect, it } from 'vitest';
import { formatSourceDate } from './format.ts';

describe('formatSourceDate', () => {
  it('keeps only the precision the source gives', () => {
    expect(formatSourceDate('2025', 'vi')).toBe('2025');
    expect(formatSourceDate('2025-09', 'en')).toBe('September 2025');
    expect(formatSourceDate('2025-09-19', 'en')).toBe('September 19, 2025');
  });

  it('writes the date as the locale does', () => {
    expect(formatSourceDate('2025-09-19', 'vi')).toMatch(/19.*9.*2025/);
    expect(formatSourceDate('2025-09-19', 'ko')).toMatch(/2025.*9.*19/);
  });
});
