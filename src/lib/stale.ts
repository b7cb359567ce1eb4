/** How long a contact detail stays trusted without being checked again. */
export const STALE_AFTER_DAYS = 365;

/** Entries whose verified date is more than STALE_AFTER_DAYS before `now`, oldest first. */
export function staleEntries<T extends { data: { verified: Date } }>(entries: T[], now: Date): T[] {
  const limit = now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000;
  return entries
    .filter((entry) => entry.data.verified.getTime() < limit)
    .sort((a, b) => a.data.verified.getTime() - b.data.verified.getTime());
}
