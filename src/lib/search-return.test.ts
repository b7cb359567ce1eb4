import { describe, expect, it } from 'vitest';
import { isExpired, keptSearch, RETURN_WINDOW_MS, searchToRestore } from './search-return.ts';

const state = { q: 'ho chieu', section: 'handbook', province: '', type: '' };

describe('searchToRestore', () => {
  it('gives the kept search back when the reader comes Back in time', () => {
    expect(searchToRestore(keptSearch(state, 1_000), 61_000, true)).toEqual(state);
  });

  it('ignores it on any arrival other than Back or Forward', () => {
    expect(searchToRestore(keptSearch(state, 1_000), 2_000, false)).toBeUndefined();
  });

  it('ignores it once the window has passed, or from a clock that went backwards', () => {
    expect(searchToRestore(keptSearch(state, 0), RETURN_WINDOW_MS + 1, true)).toBeUndefined();
    expect(searchToRestore(keptSearch(state, 5_000), 1_000, true)).toBeUndefined();
  });

  it('ignores anything malformed', () => {
    expect(searchToRestore(null, 0, true)).toBeUndefined();
    expect(searchToRestore('not json', 0, true)).toBeUndefined();
    expect(searchToRestore('"a string"', 0, true)).toBeUndefined();
    expect(searchToRestore(JSON.stringify({ q: 1, at: 0 }), 0, true)).toBeUndefined();
  });
});

describe('isExpired', () => {
  it('keeps an entry within the window and drops one past it or unreadable', () => {
    expect(isExpired(null, 0)).toBe(false);
    expect(isExpired(keptSearch(state, 0), RETURN_WINDOW_MS)).toBe(false);
    expect(isExpired(keptSearch(state, 0), RETURN_WINDOW_MS + 1)).toBe(true);
    expect(isExpired('{', 0)).toBe(true);
  });
});
