/** How long a contact detail stays trusted without being checked again. */
export const STALE_AFTER_DAYS = 365;

/** Entries whose verified date is more than STALE_AFTER_DAYS before `now`, oldest first. */
export function staleEntries<T extends { data: { verified: Date } }>(entries: T[], now: Date): T[] {
  const limit = now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
  return entries
    .filter((entry) => entry.data.verified.getTime() < limit)
    .sort((a, b) => a.data.verified.getTime() - b.data.verified.getTime());
}

/** Why a reader should check a provider's details before relying on them. */
export type ProviderFlag = 'historic' | 'unverified' | 'stale';

/**
 * The warning badges for one provider entry. A past programme is only
 * flagged as such: "old" and "unconfirmed" add nothing to "may have closed".
 */
export function providerFlags(
  data: { status: 'verified' | 'unverified' | 'historic'; verified: Date },
  now: Date,
): ProviderFlag[] {
  if (data.status === 'historic') return ['historic'];
  const flags: ProviderFlag[] = [];
  if (data.status === 'unverified') flags.push('unverified');
  if (staleEntries([{ data }], now).length > 0) flags.push('stale');
  return flags;
}
