import { describe, expect, it } from 'vitest';
import { localeCodes } from '../locales.ts';
import { dictionaries } from './index.ts';
import { vi } from './vi.ts';

// A distinctive value for every parameter any string takes: letters no
// sentence contains for text, and three-digit numbers no sentence contains
// for counts (small enough that no locale groups their digits).
const sentinels = {
  number: 'Qxnumber',
  name: 'Qxname',
  language: 'Qxlanguage',
  contentLanguage: 'Qxcontent',
  country: 'Qxcountry',
  date: 'Qxdate',
  names: 'Qxnames',
  region: 'Qxregion',
  publisher: 'Qxpublisher',
  n: 901,
  total: 912,
  translated: 923,
  minutes: 934,
  count: 945,
};

type Strings = (typeof dictionaries)[keyof typeof dictionaries];

/** The text of a string, with every sentinel given as its parameters. */
function render(value: Strings[keyof Strings]): string {
  return typeof value === 'function'
    ? (value as (p: typeof sentinels) => string)(sentinels)
    : value;
}

/** Which sentinels a text shows. */
function shown(text: string): string[] {
  return Object.entries(sentinels)
    .filter(([, sentinel]) => text.includes(String(sentinel)))
    .map(([name]) => name);
}

describe('UI dictionaries', () => {
  it('exist for every locale in the registry', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...localeCodes].sort());
  });
  for (const code of localeCodes) {
    it(`${code} has exactly the keys of the Vietnamese dictionary`, () => {
      const keys = new Set(Object.keys(dictionaries[code]));
      const expected = new Set(Object.keys(vi));
      const missing = [...expected].filter((k) => !keys.has(k));
      const extra = [...keys].filter((k) => !expected.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
    it(`${code} strings are non-empty and use every parameter the Vietnamese one uses`, () => {
      const problems: string[] = [];
      for (const [key, value] of Object.entries(dictionaries[code])) {
        const text = render(value);
        const expected = shown(render(vi[key as keyof typeof vi]));
        if (!text.trim()) problems.push(`${key}: empty`);
        if (/undefined|\$\{/.test(text)) problems.push(`${key}: ${text}`);
        const missing = expected.filter((name) => !shown(text).includes(name));
        if (missing.length > 0) problems.push(`${key}: leaves out {${missing.join('}, {')}}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
