import { describe, expect, it } from 'vitest';
import { describeHours, hoursFromText, hoursToText } from './hours.ts';

describe('opening hours', () => {
  const hours = [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '07:30', closes: '17:00' },
    { days: ['sat'] as const, opens: '07:30', closes: '11:30' },
  ].map((h) => ({ ...h, days: [...h.days] }));

  it('reads as day ranges in the reader’s language', () => {
    expect(describeHours(hours, 'en')).toEqual([
      'Monday – Friday: 07:30–17:00',
      'Saturday: 07:30–11:30',
    ]);
    expect(describeHours(hours, 'vi')[0]).toMatch(/^Thứ Hai – Thứ Sáu: 07:30–17:00$/);
  });
  it('round-trips through its spreadsheet form', () => {
    const text = hoursToText(hours);
    expect(text).toBe('mon,tue,wed,thu,fri 07:30-17:00; sat 07:30-11:30');
    expect(hoursFromText(text)).toEqual(hours);
    expect(hoursFromText('24/7')).toBe('24/7');
    expect(hoursFromText('')).toBeUndefined();
  });
  it('says what is wrong with bad hours', () => {
    expect(() => hoursFromText('Monday 9-5')).toThrow(/like "mon,tue,wed 07:30-17:00"/);
    expect(() => hoursFromText('mon,xyz 07:30-17:00')).toThrow(/unknown day xyz/);
  });
});
