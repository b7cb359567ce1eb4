import { describe, expect, it } from 'vitest';
import { callList } from './call-sheet.ts';

const entry = (
  id: string,
  status: 'verified' | 'unverified' | 'historic',
  verified: string,
  confirmed?: string,
) => ({
  id,
  data: {
    status,
    verified: new Date(verified),
    confirmed: confirmed ? new Date(confirmed) : undefined,
  },
});

describe('callList', () => {
  it('lists unconfirmed or old places, oldest evidence first, never historic or recently confirmed ones', () => {
    const now = new Date('2026-11-29');
    const list = callList(
      [
        entry('new-unconfirmed', 'unverified', '2026-02-01'),
        entry('old-checked', 'verified', '2024-05-01'),
        entry('closed', 'historic', '2008-01-01'),
        entry('confirmed-by-partner', 'unverified', '2019-01-01', '2026-06-01'),
        entry('fresh-checked', 'verified', '2026-03-01'),
      ],
      now,
    );
    expect(list.map((e) => [e.id, e.flags])).toEqual([
      ['old-checked', ['stale']],
      ['new-unconfirmed', ['unverified']],
    ]);
  });
});
