import { foldQuery } from './fold.ts';

/**
 * Someone who types a place name wants that province's page, even when a
 * provider page mentions the name more often. Results whose `places`
 * metadata (folded current and former names, "|"-separated) hold a name
 * that the query contains whole ("ha giang", "luat su ha giang") move to the
 * front; the rest keep Pagefind's order. A whole name, so "ha" or "ho" typed
 * on the way to "ho chieu" pulls no province ahead of the page looked for.
 */
export function placesFirst<T extends { meta: { places?: string } }>(
  results: T[],
  query: string,
): T[] {
  const wanted = foldQuery(query);
  if (!wanted) return results;
  const names = (r: T) =>
    r.meta.places
      ?.split('|')
      .some((place) => place !== '' && ` ${wanted} `.includes(` ${place} `)) ?? false;
  return [...results.filter(names), ...results.filter((r) => !names(r))];
}

/** The `places` metadata for a province page, folded as queries are ("Bà Rịa–Vũng Tàu" → "ba ria vung tau"). */
export function placesMeta(names: string[]): string {
  const folded = names.map(foldQuery);
  // "TP Hồ Chí Minh" and "Ho Chi Minh City" are also looked for as "ho chi minh".
  const bare = folded.map((name) => name.replace(/^(tp|thanh pho|tinh) |( city| province)$/g, ''));
  return [...new Set([...folded, ...bare])].join('|');
}
