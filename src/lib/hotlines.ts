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

/** Viet Nam's own missions abroad: the embassy and consulate lines (`xx-embassy-…`, `xx-cg-…`). */
export function isMission(entry: { id: string }): boolean {
  return /^[a-z]{2}-(embassy|cg)-/.test(entry.id);
}

/**
 * The lines a wallet card prints for one country: every one of Viet Nam's
 * missions there, however many, and the first emergency numbers up to
 * `limit` lines in all, but never fewer than `minEmergency` (police,
 * ambulance, fire). A card never drops a mission: in China, Nanning and Kunming are the
 * consulates for the border provinces, and a fixed slice of six cut them off
 * behind the traffic-accident line.
 */
export function walletLines<T extends { id: string }>(
  lines: T[],
  limit = 6,
  minEmergency = 3,
): T[] {
  const missions = lines.filter(isMission);
  const others = lines.filter((line) => !isMission(line));
  return [...others.slice(0, Math.max(minEmergency, limit - missions.length)), ...missions];
}
