// The directory as HSDS 3.0's tabular data package: this file describes the
// tables beside it (one CSV per HSDS table, see src/lib/hsds-tabular.ts),
// checked in tests/hsds-tabular.build.test.ts. A stable address for partners.
import type { APIRoute } from 'astro';
import { buildDate } from '../../../lib/build-date.ts';
import { dataPackage } from '../../../lib/hsds-tabular.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(dataPackage(buildDate), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
