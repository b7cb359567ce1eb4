import { describe, expect, it } from 'vitest';
import {
  checkDialString,
  displayNumber,
  nationalAllowlist,
  shortCodeAllowlist,
  spokenDigits,
} from './phone.ts';

describe('checkDialString', () => {
  it('accepts the short codes on the allowlist', () => {
    for (const code of ['111', '113', '114', '115']) {
      expect(checkDialString({ dial: code, country: 'VN', kind: 'short-code' })).toBeNull();
    }
    expect(checkDialString({ dial: '117', country: 'KH', kind: 'short-code' })).toBeNull();
  });
  it('refuses a short code that is not listed for that country', () => {
    expect(checkDialString({ dial: '117', country: 'VN', kind: 'short-code' })).toMatch(
      /shortCodeAllowlist/,
    );
    expect(checkDialString({ dial: '18001567', country: 'VN', kind: 'national' })).toMatch(
      /nationalAllowlist/,
    );
  });
  it('validates ordinary numbers with libphonenumber', () => {
    expect(checkDialString({ dial: '+84981848484', country: 'VN', kind: 'ordinary' })).toBeNull();
    expect(checkDialString({ dial: '+8498184848', country: 'VN', kind: 'ordinary' })).toMatch(
      /not a valid/,
    );
    expect(checkDialString({ dial: '0981848484', country: 'VN', kind: 'ordinary' })).toMatch(
      /international form/,
    );
  });
  it('notices a number filed under the wrong country', () => {
    expect(checkDialString({ dial: '+84981848484', country: 'KR', kind: 'ordinary' })).toMatch(
      /number in VN/,
    );
  });
  it('keeps the retired 1800 1567 line out of every allowlist', () => {
    // Every list, every country, digits only: a 1800 line would be added to the
    // national list, written with or without spaces.
    const lists = { shortCodeAllowlist, nationalAllowlist };
    const listed = Object.entries(lists).flatMap(([list, byCountry]) =>
      Object.entries(byCountry)
        .filter(([, numbers]) => numbers.some((n) => n.replace(/\D/g, '') === '18001567'))
        .map(([country]) => `${list}.${country}`),
    );
    expect(listed).toEqual([]);
    for (const kind of ['short-code', 'national'] as const)
      expect(checkDialString({ dial: '18001567', country: 'VN', kind }), kind).not.toBeNull();
  });
});

describe('phone display', () => {
  it('spells numbers digit by digit for speech, pausing between the written groups', () => {
    expect(spokenDigits('111')).toBe('1 1 1');
    expect(spokenDigits('1900 969680')).toBe('1 9 0 0, 9 6 9 6 8 0');
    expect(spokenDigits('+84 981 84 84 84')).toBe('+ 8 4, 9 8 1, 8 4, 8 4, 8 4');
    expect(spokenDigits('1577-1366')).toBe('1 5 7 7, 1 3 6 6');
  });
  it('never breaks a number across lines', () => {
    expect(displayNumber('+84 981 84 84 84')).not.toMatch(/[ -]/);
    expect(displayNumber('1577-1366')).toBe('1577\u20111366');
  });
});
