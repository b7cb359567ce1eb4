import { fold } from './fold.ts';

/**
 * Someone who types a place name wants that province's page, even when a
 * provider page mentions the name more often. Results whose `places`
 * metadata (folded current and former names, "|"-separated) contains the
 * whole query move to the front; the rest keep Pagefind's order.
 */
export function placesFirst<T extends { meta: { places?: string } }>(
  results: T[],
  query: string,
): T[] {
  const wanted = fold(query).trim();
  if (!wanted) return results;
  const names = (r: T) =>
    r.meta.places?.split('|').some((place) => place.includes(wanted)) ?? false;
  return [...results.filter(names), ...results.filter((r) => !names(r))];
}

/** The `places` metadata for a province page. */
export function placesMeta(names: string[]): string {
  return names.map((name) => fold(name).trim()).join('|');
}
