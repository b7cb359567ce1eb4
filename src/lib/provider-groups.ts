import { serviceTypeIds, type ServiceType } from './service-types.ts';

interface Grouped {
  data: { serviceTypes: ServiceType[] };
}

/**
 * Providers grouped by their main service (the first type listed), in the
 * taxonomy's order, so each provider appears once on a province page.
 */
export function groupByMainType<T extends Grouped>(
  providers: T[],
): { type: ServiceType; providers: T[] }[] {
  return serviceTypeIds
    .map((type) => ({
      type,
      providers: providers.filter((p) => p.data.serviceTypes[0] === type),
    }))
    .filter((group) => group.providers.length > 0);
}

/** How many providers offer each type at all, for the filter, in the taxonomy's order. */
export function typeCounts<T extends Grouped>(
  providers: T[],
): { type: ServiceType; count: number }[] {
  return serviceTypeIds
    .map((type) => ({
      type,
      count: providers.filter((p) => p.data.serviceTypes.includes(type)).length,
    }))
    .filter((entry) => entry.count > 0);
}

/** A filter is worth showing only if some choice would leave some places out. */
export function filterCanNarrow(counts: { count: number }[], total: number): boolean {
  return counts.some((entry) => entry.count < total);
}

/**
 * The CSS behind the province page's service filter, one pair of rules per
 * type: hide the cards without the chosen type, and groups left empty. Only
 * while the fold is open, so a filter can never stay on unseen, and only on
 * screen, so paper always carries every service. Radio ids are `f-<type>`.
 */
export function filterCss(types: readonly string[] = serviceTypeIds): string {
  const rules = types.map((type) => {
    const chosen = `.directory:has(details[open] #f-${type}:checked)`;
    return (
      `${chosen} [data-provider-card]:not([data-types~='${type}']),` +
      `${chosen} .group:not(:has([data-types~='${type}'])){display:none}`
    );
  });
  return `@media screen{${rules.join('')}}\n`;
}
