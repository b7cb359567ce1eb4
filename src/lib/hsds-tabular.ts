// The directory as HSDS 3.0's tabular form: a Frictionless "tabular data
// package" (datapackage.json) with one CSV per table, which a partner can
// open in a spreadsheet or load into any HSDS tool. The tables and their
// schemas are Open Referral's own: hsds-datapackage.json is the
// specification's datapackage.json (openreferral/specification, branch 3.0,
// commit 279fd2e, unchanged; CC BY-SA 4.0, see tests/fixtures/hsds/). The
// rows are the same objects as the JSON export (toHsds), laid flat.
import hsds from './hsds-datapackage.json' with { type: 'json' };
import { toCsv } from './csv.ts';
import { routes } from './routes.ts';
import type { toHsds } from './hsds.ts';

export type HsdsService = ReturnType<typeof toHsds>;
type Row = Record<string, unknown>;

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}
export interface HsdsResource {
  name: string;
  path: string;
  schema: {
    primaryKey: string;
    fields: Field[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}

/** HSDS 3.0's tables, in the specification's order, with their schemas. */
export const hsdsResources = hsds.resources as HsdsResource[];

/** One row per object, each object once (a taxonomy term is shared by many services). */
function unique(rows: Row[]): Row[] {
  const seen = new Set<unknown>();
  return rows.filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
}

/**
 * The services laid out as HSDS tables, by resource name. A row that lacks a
 * value the table requires is left out rather than padded with an invented
 * one: addresses need a postal code the directory does not hold, so each
 * location carries its address as text in its description instead; the
 * sources of each provider stay in the JSON export and the spreadsheet.
 */
export function hsdsTables(services: HsdsService[]): Map<string, Row[]> {
  const locations = services.flatMap((s) =>
    s.service_at_locations.map(({ location }) => {
      const { addresses, ...rest } = location;
      const address = addresses[0];
      const text = [address?.address_1, address?.city, address?.state_province]
        .filter(Boolean)
        .join(', ');
      return { location: { ...rest, ...(text ? { description: text } : {}) }, addresses };
    }),
  );
  const terms = services.flatMap((s) => s.attributes.map((a) => a.taxonomy_term));
  const rows: Record<string, Row[]> = {
    organization: unique(services.map((s) => s.organization)),
    service: services.map((s) => s),
    service_at_location: services.flatMap((s) => s.service_at_locations),
    location: locations.map((l) => l.location),
    address: locations.flatMap((l) => l.addresses),
    phone: services.flatMap((s) => s.phones),
    schedule: services.flatMap((s) =>
      s.schedules.map((h) => ({
        ...h,
        // A table's "time" is HH:MM:SS.
        opens_at: `${h.opens_at}:00`,
        closes_at: `${h.closes_at}:00`,
      })),
    ),
    language: services.flatMap((s) => s.languages),
    attribute: services.flatMap((s) => s.attributes),
    taxonomy_term: unique(terms),
    taxonomy: unique(terms.map((t) => t.taxonomy_detail)),
    metadata: services.flatMap((s) => s.metadata),
  };
  return new Map(
    hsdsResources.map((resource) => {
      const required = resource.schema.fields.filter((f) => f.constraints?.required);
      const complete = (rows[resource.name] ?? []).filter((row) =>
        required.every((f) => cell(row[f.name], f) !== ''),
      );
      return [resource.name, complete];
    }),
  );
}

/** A value as a table cell: '' for none; a datetime without milliseconds. */
function cell(value: unknown, field: Field): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'datetime' && typeof value === 'string') return value.replace(/\.\d+Z$/, 'Z');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}

/** One table as CSV: the schema's fields in order as the header, one row per object. */
export function tableCsv(resource: HsdsResource, rows: Row[]): string {
  const fields = resource.schema.fields;
  return toCsv([
    fields.map((f) => f.name),
    ...rows.map((row) => fields.map((f) => cell(row[f.name], f))),
  ]);
}

/** datapackage.json: this directory's description, with HSDS's own tables and schemas. */
export function dataPackage(built: Date) {
  return {
    name: 've-nha-directory',
    title: 'Về Nhà service directory (HSDS 3.0 tables)',
    description: `The Về Nhà directory of services for people coming home to Viet Nam, in the tabular form of the Open Referral Human Services Data Specification 3.0. The same data as ${routes.dataJson}.`,
    profile: 'tabular-data-package',
    created: built.toISOString().replace(/\.\d+Z$/, 'Z'),
    sources: [
      {
        title: `Table schemas: ${hsds.title} ${hsds.version} (Open Referral, ${hsds.license.name})`,
        path: 'https://github.com/openreferral/specification/tree/3.0',
      },
    ],
    resources: hsdsResources.map((r) => ({ ...r, encoding: 'utf-8' })),
  };
}
