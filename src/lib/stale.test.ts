import { describe, expect, it } from 'vitest';
import { staleEntries } from './stale.ts';

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
