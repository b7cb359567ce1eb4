/**
 * How many listed places each province has, grouped by count, most first,
 * for the build log: "5: ha-noi, lao-cai · … · 0: bac-ninh". Every province
 * appears, so an empty one cannot hide.
 */
export function coverageByProvince(
  provinces: readonly string[],
  providerProvinces: readonly string[],
): { count: number; provinces: string[] }[] {
  const counts = new Map(provinces.map((p) => [p, 0]));
  for (const p of providerProvinces) if (counts.has(p)) counts.set(p, counts.get(p)! + 1);
  const byCount = new Map<number, string[]>();
  for (const [province, count] of counts)
    byCount.set(count, [...(byCount.get(count) ?? []), province]);
  return [...byCount.entries()]
    .sort(([a], [b]) => b - a)
    .map(([count, names]) => ({ count, provinces: names.sort() }));
}

/** The coverage as one line of text. */
export function coverageLine(groups: { count: number; provinces: string[] }[]): string {
  return groups.map((g) => `${g.count}: ${g.provinces.join(', ')}`).join(' · ');
}
