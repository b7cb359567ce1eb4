import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filterCanNarrow, groupByMainType, typeCounts } from './provider-groups.ts';
import { serviceTypeIds } from './service-types.ts';
import type { ServiceType } from './service-types.ts';

const provider = (id: string, ...serviceTypes: ServiceType[]) => ({ id, data: { serviceTypes } });
const providers = [
  provider('a', 'legal-aid', 'shelter'),
  provider('b', 'shelter'),
  provider('c', 'shelter', 'legal-aid', 'health'),
];

describe('provider groups', () => {
  it('puts each provider once, under its main service, in taxonomy order', () => {
    expect(groupByMainType(providers).map((g) => [g.type, g.providers.map((p) => p.id)])).toEqual([
      ['shelter', ['b', 'c']],
      ['legal-aid', ['a']],
    ]);
  });

  it('counts every provider that offers a type, for the filter', () => {
    expect(typeCounts(providers)).toEqual([
      { type: 'shelter', count: 3 },
      { type: 'health', count: 1 },
      { type: 'legal-aid', count: 2 },
    ]);
  });

  it('offers a filter only where a choice would leave some places out', () => {
    expect(filterCanNarrow(typeCounts(providers), providers.length)).toBe(true);
    // One place with three services: every choice shows the same card.
    const one = [provider('a', 'shelter', 'legal-aid', 'health')];
    expect(filterCanNarrow(typeCounts(one), one.length)).toBe(false);
    // Two places offering exactly the same: nothing to narrow either.
    const same = [provider('a', 'shelter'), provider('b', 'shelter')];
    expect(filterCanNarrow(typeCounts(same), same.length)).toBe(false);
  });

  it('has a hiding rule in the province filter for every service type', () => {
    // The rules are written out by hand in CSS; a new type without them would
    // show a radio button that filters nothing.
    const css = readFileSync('src/components/ProviderDirectory.astro', 'utf8').replace(/\s+/g, ' ');
    const missing = serviceTypeIds.filter(
      (id) =>
        !css.includes(`#f-${id}:checked) [data-provider-card]:not([data-types~='${id}'])`) ||
        !css.includes(`#f-${id}:checked) .group:not(:has([data-types~='${id}']))`),
    );
    expect(missing).toEqual([]);
  });
});
