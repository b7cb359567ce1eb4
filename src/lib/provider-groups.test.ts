import { describe, expect, it } from 'vitest';
import { groupByMainType, typeCounts } from './provider-groups.ts';
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
});
