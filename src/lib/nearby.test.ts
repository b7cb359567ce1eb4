import { describe, expect, it } from 'vitest';
import { nearbyWithServices } from './nearby.ts';

const provinces = [
  { id: 'ha-noi', region: 'red-river-delta', services: 4 },
  { id: 'hai-phong', region: 'red-river-delta', services: 1 },
  { id: 'ninh-binh', region: 'red-river-delta', services: 0 },
  { id: 'lao-cai', region: 'northern-midlands-mountains', services: 2 },
];

describe('nearbyWithServices', () => {
  it('lists the other provinces of the region that have services, keeping the order', () => {
    expect(nearbyWithServices(provinces[2]!, provinces).map((p) => p.id)).toEqual([
      'ha-noi',
      'hai-phong',
    ]);
  });

  it('never lists the province itself', () => {
    expect(nearbyWithServices(provinces[0]!, provinces).map((p) => p.id)).toEqual(['hai-phong']);
  });

  it('is empty when no other province of the region lists a service', () => {
    expect(nearbyWithServices(provinces[3]!, provinces)).toEqual([]);
  });
});
