import { describe, expect, it } from 'vitest';
import { sectionOf } from './sections.ts';

describe('sectionOf', () => {
  it('names the section of a path', () => {
    expect(sectionOf('/so-tay/suc-khoe/')).toBe('handbook');
    expect(sectionOf('/di-cu-an-toan/khoa-hoc/1-x/')).toBe('migration');
    expect(sectionOf('/duong-day-nong/goi-111/')).toBe('hotlines');
    expect(sectionOf('/')).toBeUndefined();
  });
});
