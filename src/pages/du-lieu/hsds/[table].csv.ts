// One HSDS 3.0 table of the directory as CSV, at the path datapackage.json
// gives it (organizations.csv, services.csv, …). Tables the directory has no
// data for are published with their header only, so every HSDS tool finds
// the whole package.
import type { APIRoute, GetStaticPaths } from 'astro';
import { hsdsServices } from '../../../lib/hsds-services.ts';
import { hsdsResources, hsdsTables, tableCsv } from '../../../lib/hsds-tabular.ts';

export const getStaticPaths = (() =>
  hsdsResources.map((resource) => ({
    params: { table: resource.path.replace(/\.csv$/, '') },
    props: { name: resource.name },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string }> = async ({ props }) => {
  const resource = hsdsResources.find((r) => r.name === props.name)!;
  const rows = hsdsTables(await hsdsServices()).get(resource.name) ?? [];
  return new Response(tableCsv(resource, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
