import { describe, expect, it } from 'vitest';
import { localeCodes } from '../locales.ts';
import { dictionaries } from './index.ts';
import { vi } from './vi.ts';

const sample = {
  number: '111',
  name: 'N',
  language: 'L',
  contentLanguage: 'C',
  n: 1,
  total: 2,
  translated: 1,
  country: 'X',
  minutes: 45,
  date: 'D',
  names: 'X',
  count: 3,
  region: 'R',
  publisher: 'P',
};

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
    it(`${code} strings are non-empty and use every parameter`, () => {
      for (const [key, value] of Object.entries(dictionaries[code])) {
        const text =
          typeof value === 'function' ? (value as (p: typeof sample) => string)(sample) : value;
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\$\{/);
      }
    });
  }
});
