import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading.ts';

describe('readingMinutes', () => {
  it('counts words, not markup, links or components', () => {
    const body = `${'bạn '.repeat(320)}<Hotline id="vn-111" /> [link](/so-tay/very/long/address/)`;
    expect(readingMinutes(body)).toBe(2);
  });
  it('is at least one minute', () => {
    expect(readingMinutes('Xin chào')).toBe(1);
  });
});
