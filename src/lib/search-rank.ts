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
  const named = (r: T) => namesPlaceOf(r, wanted);
  return [...results.filter(named), ...results.filter((r) => !named(r))];
}

/** Whether a folded query holds one of a result's place names whole. */
function namesPlaceOf(result: { meta: { places?: string } }, wanted: string): boolean {
  return (
    result.meta.places
      ?.split('|')
      .some((place) => place !== '' && ` ${wanted} `.includes(` ${place} `)) ?? false
  );
}

/** The `places` metadata for a province page, folded as queries are ("Bà Rịa–Vũng Tàu" → "ba ria vung tau"). */
export function placesMeta(names: string[]): string {
  const folded = names.map(foldQuery);
  // "TP Hồ Chí Minh" and "Ho Chi Minh City" are also looked for as "ho chi minh".
  const bare = folded.map((name) => name.replace(/^(tp|thanh pho|tinh) |( city| province)$/g, ''));
  return [...new Set([...folded, ...bare])].join('|');
}

/** A single provider's page: /dich-vu/<province>/<provider>/ in any language (not a printed sheet). */
export function isProviderPage(url: string): boolean {
  return /^(\/[a-z]{2})?\/dich-vu\/[^/]+\/(?!ban-in\/)[^/]+\/$/.test(
    new URL(url, 'http://x').pathname,
  );
}

/**
 * The order results are shown in. A query that names a place puts that
 * province first (placesFirst). A query that names none is a question about
 * a kind of help ("tro giup phap ly"): the chapters and pages that explain it
 * come first, then single places, which are in some other province; the
 * province pages and the directory list stay in Pagefind's order among the first.
 * Results marked `last` (a closed programme, a province that lists nothing
 * yet) always come last: they are never the answer to a question about help.
 * Before all of these, a page whose title is the query itself ("nhung ngay
 * dau" for "Những ngày đầu"): its words are common ones, so without this a
 * longer page that happens to use them often could outrank it.
 */
export function rankResults<
  T extends { url: string; meta: { title?: string; places?: string; last?: string } },
>(results: T[], query: string): T[] {
  // A closed programme, or a province that lists nothing and was not asked for by name, goes last.
  const wanted = foldQuery(query);
  const isLast = (r: T) => !!r.meta.last && !namesPlaceOf(r, wanted);
  const last = results.filter(isLast);
  const rest = results.filter((r) => !isLast(r));
  const ordered = rest.some((r) => namesPlaceOf(r, wanted))
    ? placesFirst(rest, query)
    : [...rest.filter((r) => !isProviderPage(r.url)), ...rest.filter((r) => isProviderPage(r.url))];
  const isTitled = (r: T) => wanted !== '' && foldQuery(r.meta.title ?? '') === wanted;
  return [...ordered.filter(isTitled), ...ordered.filter((r) => !isTitled(r)), ...last];
}
