import { describe, expect, it } from 'vitest';
import { providerFlags, staleEntries } from './stale.ts';

const entry = (id: string, verified: string) => ({ id, data: { verified: new Date(verified) } });

describe('staleEntries', () => {
  it('lists entries not verified for more than a year, oldest first', () => {
    const now = new Date('2026-11-22');
    const result = staleEntries(
      [entry('fresh', '2026-06-01'), entry('old', '2025-10-01'), entry('older', '2024-01-01')],
      now,
    );
    expect(result.map((e) => e.id)).toEqual(['older', 'old']);
  });
});

describe('providerFlags', () => {
  const now = new Date('2026-11-22');
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
