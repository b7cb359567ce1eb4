export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Hours = '24/7' | { days: Day[]; opens: string; closes: string }[];

export const weekDays: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The name of a weekday in a language, e.g. "Thứ Hai" or "Monday". */
export function dayName(day: Day, lang: string, style: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + weekDays.indexOf(day)));
  return new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(date);
}

/** Opening hours as a line per group of days, e.g. "Thứ Hai – Thứ Sáu: 07:30–17:00". */
export function describeHours(hours: Exclude<Hours, '24/7'>, lang: string): string[] {
  return hours.map(({ days, opens, closes }) => {
    const sorted = [...days].sort((a, b) => weekDays.indexOf(a) - weekDays.indexOf(b));
    const consecutive = sorted.every(
      (d, i) => i === 0 || weekDays.indexOf(d) === weekDays.indexOf(sorted[i - 1]!) + 1,
    );
    const label =
      consecutive && sorted.length > 2
        ? `${dayName(sorted[0]!, lang)} – ${dayName(sorted.at(-1)!, lang)}`
        : new Intl.ListFormat(lang, { type: 'conjunction' }).format(
            sorted.map((d) => dayName(d, lang)),
          );
    return `${label}: ${opens}–${closes}`;
  });
}

/** Hours as one line of text for the CSV: "24/7" or "mon-fri 07:30-17:00; sat 07:30-11:30". */
export function hoursToText(hours: Hours | undefined): string {
  if (!hours) return '';
  if (hours === '24/7') return '24/7';
  return hours.map(({ days, opens, closes }) => `${days.join(',')} ${opens}-${closes}`).join('; ');
}

/** Read hours written by hoursToText; the error names what is wrong. */
export function hoursFromText(text: string): Hours | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (value === '24/7') return '24/7';
  return value.split(';').map((part) => {
    const match = /^([a-z,]+)\s+(\d\d:\d\d)-(\d\d:\d\d)$/.exec(part.trim());
    if (!match) throw new Error(`"${part.trim()}" is not like "mon,tue,wed 07:30-17:00"`);
    const days = match[1]!.split(',') as Day[];
    const unknown = days.filter((d) => !weekDays.includes(d));
    if (unknown.length)
      throw new Error(`unknown day ${unknown.join(', ')}: use ${weekDays.join(', ')}`);
    return { days, opens: match[2]!, closes: match[3]! };
  });
}
