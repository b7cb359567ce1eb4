// Every provider as an HSDS 3.0 service: what /du-lieu/dich-vu.json lists and
// what the tables of /du-lieu/hsds/ lay flat, so the two downloads always agree.
import { allProviders, allProvinces } from '../data/directory.ts';
import { allHotlines } from '../data/hotlines.ts';
import { plainDescription, toHsds } from './hsds.ts';

export async function hsdsServices() {
  const provinces = new Map((await allProvinces()).map((p) => [p.id, p.data.name.vi]));
  const numbers = new Map((await allHotlines()).map((h) => [h.id, h.data.number]));
  return (await allProviders()).map((p) =>
    toHsds(
      p.id,
      p.data,
      plainDescription(p.body ?? '', numbers),
      provinces.get(p.data.province) ?? '',
    ),
  );
}
