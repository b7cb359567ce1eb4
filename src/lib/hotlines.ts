interface Groupable {
  id: string;
  data: { country: string; status: string; order: number };
}

/**
 * Current hotlines grouped by country: Viet Nam first, then the others in
 * alphabetical order of their codes. Historic and unconfirmed numbers are left out.
 */
export function groupHotlines<T extends Groupable>(
  entries: T[],
): { country: string; lines: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    if (entry.data.status !== 'current') continue;
    groups.set(entry.data.country, [...(groups.get(entry.data.country) ?? []), entry]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === 'VN' ? -1 : b === 'VN' ? 1 : a.localeCompare(b)))
    .map(([country, lines]) => ({
      country,
      lines: lines.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    }));
}
