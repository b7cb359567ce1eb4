import { describe, expect, it } from 'vitest';
import { buildDate, buildDateFrom } from './build-date.ts';

describe('buildDateFrom', () => {
  const clock = () => new Date('2026-11-30T01:00:00Z');

  it('takes SOURCE_DATE_EPOCH as seconds since 1970, UTC', () => {
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '1767225600' }, clock).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '0' }, clock).getTime()).toBe(0);
  });

  it('reads the clock when SOURCE_DATE_EPOCH is unset or empty', () => {
    expect(buildDateFrom({}, clock)).toEqual(clock());
    expect(buildDateFrom({ SOURCE_DATE_EPOCH: '' }, clock)).toEqual(clock());
  });

  it('refuses a value that is not whole seconds, saying what to write', () => {
    for (const bad of ['2026-01-01', '1.5', '-1', ' 17 ', 'now']) {
      expect(() => buildDateFrom({ SOURCE_DATE_EPOCH: bad }, clock)).toThrow(
        /SOURCE_DATE_EPOCH .*whole seconds since 1970/,
      );
    }
  });

  it('is read once, as a valid date', () => {
    expect(Number.isNaN(buildDate.getTime())).toBe(false);
  });
});
