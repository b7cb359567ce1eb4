import { describe, expect, it } from 'vitest';
import {
  hotlineLastKnown,
  isAfterPartialDate,
  newestPartialDate,
  providerFlags,
  staleEntries,
} from './stale.ts';

const entry = (id: string, verified: string) => ({ id, data: { verified: new Date(verified) } });

describe('staleEntries', () => {
  it('lists entries not verified for more than a year, oldest first', () => {
    const now = new Date('2026-11-22');
    const result = staleEntries(
      [entry('fresh', '2026-06-01'), entry('old', '2025-10-01'), entry('older', '2024-01-01')],
      now,
      (e) => e.data.verified,
    );
    expect(result.map((e) => e.id)).toEqual(['older', 'old']);
  });
  it('lists an entry with no known date first', () => {
    const now = new Date('2026-11-22');
    const result = staleEntries(
      [{ id: 'old', at: new Date('2024-01-01') }, { id: 'never' }, { id: 'fresh', at: now }],
      now,
      (e: { at?: Date }) => e.at,
    );
    expect(result.map((e) => e.id)).toEqual(['never', 'old']);
  });
});

describe('hotline dates', () => {
  it('takes the newer of published and confirmed', () => {
    expect(hotlineLastKnown({ published: '2020-01' })).toEqual(new Date('2020-01-01T00:00:00Z'));
    expect(hotlineLastKnown({ published: '2020', confirmed: new Date('2026-11-01') })).toEqual(
      new Date('2026-11-01'),
    );
    expect(hotlineLastKnown({ published: 'unknown' })).toBeUndefined();
  });
  it('compares dates only as precisely as the less precise one', () => {
    expect(isAfterPartialDate('2020-01-20', '2020-01')).toBe(false);
    expect(isAfterPartialDate('2020-02', '2020-01-31')).toBe(true);
    expect(isAfterPartialDate('2019-11', '2020')).toBe(false);
    expect(newestPartialDate(['2019-11', '2022-09-18', '2020'])).toBe('2022-09-18');
  });
});

describe('providerFlags', () => {
  const now = new Date('2026-11-22');
  it('drops both badges for an entry a partner confirmed within the year, and only then', () => {
    const old = { status: 'unverified' as const, verified: new Date('2018-01-25') };
    expect(providerFlags({ ...old, confirmed: new Date('2026-03-01') }, now)).toEqual([]);
    expect(providerFlags({ ...old, confirmed: new Date('2025-03-01') }, now)).toEqual([
      'unverified',
      'stale',
    ]);
    expect(
      providerFlags(
        { status: 'historic', verified: old.verified, confirmed: new Date('2026-03-01') },
        now,
      ),
    ).toEqual(['historic']);
  });
  it('flags an entry that is unconfirmed, old, or both', () => {
    expect(providerFlags({ status: 'verified', verified: new Date('2026-06-01') }, now)).toEqual(
      [],
    );
    expect(providerFlags({ status: 'unverified', verified: new Date('2026-06-01') }, now)).toEqual([
      'unverified',
    ]);
    expect(providerFlags({ status: 'verified', verified: new Date('2025-06-01') }, now)).toEqual([
      'stale',
    ]);
    expect(providerFlags({ status: 'unverified', verified: new Date('2018-01-25') }, now)).toEqual([
      'unverified',
      'stale',
    ]);
  });
  it('says only "may have closed" for a past programme', () => {
    expect(providerFlags({ status: 'historic', verified: new Date('2009-07-01') }, now)).toEqual([
      'historic',
    ]);
  });
});
