import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('csv', () => {
  it('round-trips commas, quotes, line breaks and Vietnamese', () => {
    const rows = [
      ['id', 'text'],
      ['a', 'Xin chào, "bạn"\nDòng hai'],
      ['b', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('reads spreadsheet exports with a byte-order mark and CRLF', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/closing "/);
  });
});
