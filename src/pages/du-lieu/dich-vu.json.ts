// The directory as JSON following Open Referral HSDS 3.0 (a list of services,
// each with its organization, location, phones, schedules and service types
// as taxonomy terms), validated against the published schema in
// tests/hsds.build.test.ts. A stable address for partners.
import type { APIRoute } from 'astro';
import { hsdsServices } from '../../lib/hsds-services.ts';

export const GET: APIRoute = async () => {
  const services = await hsdsServices();
  return new Response(JSON.stringify({ hsds_version: '3.0', services }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
