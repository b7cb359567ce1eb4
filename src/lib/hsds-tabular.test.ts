import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { packageProblems } from '../../tests/support/datapackage.ts';
import { providerSchema } from '../schemas/provider.ts';
import { readFrontmatter } from './frontmatter.ts';
import { toHsds } from './hsds.ts';
import { dataPackage, hsdsResources, hsdsTables, tableCsv } from './hsds-tabular.ts';

// The real providers, as the JSON export builds them (descriptions left as written).
const services = readdirSync('content/providers')
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const { data, body } = readFrontmatter(readFileSync(`content/providers/${file}`, 'utf8'));
    const provider = providerSchema.parse(data);
    return toHsds(file.replace('.mdx', ''), provider, body.trim(), provider.province);
  });

describe('the HSDS tabular data package', () => {
  const tables = hsdsTables(services);
  const csv = new Map(
    hsdsResources.map((r) => {
      const [header = [], ...rows] = parse(tableCsv(r, tables.get(r.name)!));
      return [r.name, { header, rows }];
    }),
  );

  it('has every HSDS table, and the tables pass the package’s own schemas', () => {
    expect([...tables.keys()]).toEqual(hsdsResources.map((r) => r.name));
    expect(packageProblems(hsdsResources, csv)).toEqual([]);
  });

  it('lays out every service, organization, location, phone and service type', () => {
    const count = (name: string) => tables.get(name)!.length;
    expect(count('service')).toBe(services.length);
    expect(count('service_at_location')).toBe(services.length);
    expect(count('location')).toBe(services.length);
    expect(count('phone')).toBe(services.flatMap((s) => s.phones).length);
    expect(count('attribute')).toBe(services.flatMap((s) => s.attributes).length);
    expect(count('taxonomy')).toBe(1);
    // No postal codes in the directory, so no address rows: the address is the location's text.
    expect(count('address')).toBe(0);
    expect(
      tables.get('location')!.every((l) => typeof l.description === 'string' && l.description),
    ).toBe(true);
  });

  it('finds a mistake: a missing required value, a bad id and a broken link are named', () => {
    const broken = new Map(csv);
    const phone = csv.get('phone')!;
    broken.set('phone', {
      header: phone.header,
      rows: [
        phone.header.map((h) =>
          h === 'id'
            ? 'not-a-uuid'
            : h === 'service_id'
              ? '6b1f3c2e-4a7d-5e91-9c3b-0d8e2f6a1b47'
              : '',
        ),
      ],
    });
    expect(packageProblems(hsdsResources, broken)).toEqual([
      'phone row 2 id: "not-a-uuid" is not a uuid',
      'phone row 2 number: required, but empty',
      'phone service_id: "6b1f3c2e-4a7d-5e91-9c3b-0d8e2f6a1b47" is not an id in service',
    ]);
  });

  it('describes itself with the HSDS schemas unchanged and credits Open Referral', () => {
    const descriptor = dataPackage(new Date('2026-11-30T01:02:03.456Z'));
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.created).toBe('2026-11-30T01:02:03Z');
    expect(
      descriptor.resources.map(({ encoding, ...r }) => (encoding === 'utf-8' ? r : null)),
    ).toEqual(hsdsResources);
    expect(descriptor.sources[0]!.title).toMatch(/Open Referral.*Creative Commons/);
  });
});
