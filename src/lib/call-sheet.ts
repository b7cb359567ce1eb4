import { providerFlags, type ProviderFlag } from './stale.ts';

interface Entry {
  id: string;
  data: {
    status: 'verified' | 'unverified' | 'historic';
    verified: Date;
    confirmed?: Date | undefined;
  };
}

/**
 * The editors' call list: every listed place (not historic) still
 * unconfirmed or older than twelve months, the oldest evidence first, so
 * the entries readers are most likely to be misled by are called first.
 */
export function callList<T extends Entry>(
  entries: T[],
  now: Date,
): (T & { flags: ProviderFlag[] })[] {
  const newest = (e: T) => Math.max(e.data.verified.getTime(), e.data.confirmed?.getTime() ?? 0);
  return entries
    .filter((e) => e.data.status !== 'historic')
    .map((e) => ({ ...e, flags: providerFlags(e.data, now) }))
    .filter((e) => e.flags.length > 0)
    .sort((a, b) => newest(a) - newest(b) || a.id.localeCompare(b.id));
}
