// The open data's tabular form must be real HSDS 3.0: the built
// /du-lieu/hsds/datapackage.json carries Open Referral's table schemas
// unchanged, and every table beside it passes them the way a Frictionless
// validator would (tests/support/datapackage.ts), and holds the same services
// as the JSON export.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hsdsResources, type HsdsResource } from '../src/lib/hsds-tabular.ts';
import { builtDir, routes } from '../src/lib/routes.ts';
import { packageProblems } from './support/datapackage.ts';
import { distDir } from './support/dist.ts';

const dir = `${distDir}/${dirname(builtDir(routes.dataPackage))}`;
const descriptor = JSON.parse(
  readFileSync(`${distDir}/${builtDir(routes.dataPackage)}`, 'utf8'),
) as {
  profile: string;
  resources: (HsdsResource & { encoding: string })[];
};
const tables = new Map(
  descriptor.resources.map((r) => {
    const text = readFileSync(`${dir}/${r.path}`, 'utf8');
    const [header = [], ...rows] = parse(text, { bom: false });
    return [r.name, { text, header, rows }];
  }),
);
const { services } = JSON.parse(
  readFileSync(`${distDir}/${builtDir(routes.dataJson)}`, 'utf8'),
) as {
  services: {
    id: string;
    name: string;
    phones: { id: string }[];
    service_at_locations: { location: { addresses: { state_province: string }[] } }[];
  }[];
};
const column = (table: string, field: string) => {
  const t = tables.get(table)!;
  return t.rows.map((row) => row[t.header.indexOf(field)]!);
};

describe('the HSDS 3.0 tabular data package', () => {
  it('is a tabular data package with every HSDS table and its schema unchanged', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.resources.map(({ encoding, ...r }) => [encoding, r])).toEqual(
      hsdsResources.map((r) => ['utf-8', r]),
    );
  });

  it('has tables that pass those schemas: header, required values, types, ids and links', () => {
    expect(packageProblems(descriptor.resources, tables)).toEqual([]);
    // UTF-8 without a byte-order mark, which a validator would read into the first heading.
    for (const { text } of tables.values()) expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('holds the same services as the JSON export, with their phones and places', () => {
    expect(services.length).toBeGreaterThan(10);
    expect(column('service', 'id')).toEqual(services.map((s) => s.id));
    expect(column('service', 'name')).toEqual(services.map((s) => s.name));
    expect(column('phone', 'id')).toEqual(services.flatMap((s) => s.phones.map((p) => p.id)));
    // Each location names its province in words, since the address table needs a postal code.
    const provinces = services.map(
      (s) => s.service_at_locations[0]!.location.addresses[0]!.state_province,
    );
    column('location', 'description').forEach((text, i) =>
      expect(text.endsWith(provinces[i]!)).toBe(true),
    );
  });
});
