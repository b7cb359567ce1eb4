// The directory as JSON following Open Referral HSDS 3.0 (a list of services,
// each with its organization, location, phones, schedules and service types
// as taxonomy terms), validated against the published schema in
// tests/hsds.build.test.ts. A stable address for partners.
import type { APIRoute } from 'astro';
import { allProviders, allProvinces } from '../../data/directory.ts';
import { allHotlines } from '../../data/hotlines.ts';
import { plainDescription, toHsds } from '../../lib/hsds.ts';

export const GET: APIRoute = async () => {
  const provinces = new Map((await allProvinces()).map((p) => [p.id, p.data.name.vi]));
  const numbers = new Map((await allHotlines()).map((h) => [h.id, h.data.number]));
  const services = (await allProviders()).map((p) =>
    toHsds(
      p.id,
      p.data,
      plainDescription(p.body ?? '', numbers),
      provinces.get(p.data.province) ?? '',
    ),
  );
  return new Response(JSON.stringify({ hsds_version: '3.0', services }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
