/** How long a contact detail stays trusted without being checked again. */
export const STALE_AFTER_DAYS = 365;

/**
 * Entries whose date (from `dateOf`) is more than STALE_AFTER_DAYS before
 * `now`, oldest first. An entry with no known date is always listed, first.
 */
export function staleEntries<T>(
  entries: T[],
  now: Date,
  dateOf: (entry: T) => Date | undefined,
): T[] {
  const limit = now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
  const time = (entry: T) => dateOf(entry)?.getTime() ?? Number.NEGATIVE_INFINITY;
  return entries.filter((entry) => time(entry) < limit).sort((a, b) => time(a) - time(b));
}

/** The first day of a YYYY, YYYY-MM or YYYY-MM-DD date, in UTC. */
export function partialDateStart(text: string): Date {
  const [year, month = '01', day = '01'] = text.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}

/**
 * Whether `a` is later than `b`, comparing only as precisely as the less
 * precise of the two: "2020-01-20" is not later than "2020-01".
 */
export function isAfterPartialDate(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}

/** The newest of some partial dates (by their first day), or undefined for none. */
export function newestPartialDate(dates: string[]): string | undefined {
  return [...dates].sort(
    (a, b) => partialDateStart(b).getTime() - partialDateStart(a).getTime(),
  )[0];
}

/** Today as YYYY-MM-DD (UTC). */
export function todayPartialDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The newer of a hotline's two dates: when a source last showed the number
 * (`published`, counted from its first day) and when someone confirmed it
 * with the operator (`confirmed`). Undefined when neither is known.
 */
export function hotlineLastKnown(data: {
  published: string;
  confirmed?: Date | undefined;
}): Date | undefined {
  const published = data.published === 'unknown' ? undefined : partialDateStart(data.published);
  const dates = [published, data.confirmed].filter((d): d is Date => d !== undefined);
  return dates.sort((a, b) => b.getTime() - a.getTime())[0];
}

/** Why a reader should check a provider's details before relying on them. */
export type ProviderFlag = 'historic' | 'unverified' | 'stale';

/**
 * The warning badges for one provider entry. A past programme is only
 * flagged as such: "old" and "unconfirmed" add nothing to "may have closed".
 * An entry a partner confirmed with the provider within STALE_AFTER_DAYS
 * (`confirmed`) is neither unconfirmed nor old, whatever its status says.
 */
export function providerFlags(
  data: {
    status: 'verified' | 'unverified' | 'historic';
    verified: Date;
    confirmed?: Date | undefined;
  },
  now: Date,
): ProviderFlag[] {
  if (data.status === 'historic') return ['historic'];
  const recentlyConfirmed =
    data.confirmed !== undefined && staleEntries([data.confirmed], now, (d) => d).length === 0;
  if (recentlyConfirmed) return [];
  const flags: ProviderFlag[] = [];
  if (data.status === 'unverified') flags.push('unverified');
  const newest = [data.verified, data.confirmed]
    .filter((d): d is Date => d !== undefined)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (staleEntries([newest], now, (d) => d).length > 0) flags.push('stale');
  return flags;
}
