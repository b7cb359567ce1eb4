// The directory as a spreadsheet: one row per provider, the same columns
// `npm run directory:import` reads. A stable address for partners.
import type { APIRoute } from 'astro';
import { allProviders } from '../../data/directory.ts';
import { toCsv } from '../../lib/csv.ts';
import { columnNames, providerToRow } from '../../lib/directory-csv.ts';

export const GET: APIRoute = async () => {
  const rows = (await allProviders()).map((p) => providerToRow(p.id, p.data, p.body ?? ''));
  const csv = toCsv([columnNames, ...rows.map((row) => columnNames.map((c) => row[c]))]);
  // A byte-order mark so spreadsheet programs read Vietnamese correctly.
  return new Response(`\uFEFF${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
