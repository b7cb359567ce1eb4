import { describe, expect, it } from 'vitest';
import { MAX_TITLE, pageTitle } from './title.ts';

describe('pageTitle', () => {
  it('adds the site name when there is room', () => {
    expect(pageTitle('Sổ tay', 'Về Nhà')).toBe('Sổ tay · Về Nhà');
    expect(pageTitle('Về Nhà', 'Về Nhà')).toBe('Về Nhà');
  });
  it('keeps a long official name whole, without the site name, and cuts only what cannot fit', () => {
    const name = 'Thanh Hoa Provincial Social Work Centre and Child Protection Fund';
    expect(pageTitle(name, 'Về Nhà')).toBe(name);
    const longer = `${name} and its branch offices in every commune`;
    const title = pageTitle(longer, 'Về Nhà');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toMatch(/^Thanh Hoa Provincial .*\w…$/);
  });
});
