import { describe, expect, it } from 'vitest';
import { filterCanNarrow, filterCss, groupByMainType, typeCounts } from './provider-groups.ts';
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

  it('writes a hiding rule for every service type, and only for types it is given', () => {
    const css = filterCss(['shelter', 'legal-aid']);
    expect(css).toContain("#f-shelter:checked) [data-provider-card]:not([data-types~='shelter'])");
    expect(css).toContain(".group:not(:has([data-types~='legal-aid']))");
    expect(css).not.toContain('health');
    for (const type of serviceTypeIds) expect(filterCss()).toContain(`#f-${type}:checked`);
  });
});
