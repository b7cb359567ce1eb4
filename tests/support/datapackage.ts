// The checks a Frictionless validator makes of a tabular data package, with
// its defaults (an empty cell is a missing value), for the HSDS tables:
// header, required and unique values, types and formats, enums, primary and
// foreign keys. Used by tests/hsds-tabular.build.test.ts and the unit test.
import type { HsdsResource } from '../../src/lib/hsds-tabular.ts';

type Table = { header: string[]; rows: string[][] };

const patterns: Record<string, RegExp> = {
  number: /^-?\d+(\.\d+)?$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  time: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
};

function isUri(value: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && Boolean(new URL(value));
  } catch {
    return false;
  }
}

/** Every problem in a package's tables, as "table row N field: what"; [] when valid. */
export function packageProblems(
  resources: HsdsResource[],
  tables: ReadonlyMap<string, Table>,
): string[] {
  const problems: string[] = [];
  const values = (resource: string, field: string): Set<string> => {
    const table = tables.get(resource);
    const i = table?.header.indexOf(field) ?? -1;
    return new Set(table && i >= 0 ? table.rows.map((r) => r[i]!).filter((v) => v !== '') : []);
  };
  for (const resource of resources) {
    const table = tables.get(resource.name);
    if (!table) {
      problems.push(`${resource.name}: no table at ${resource.path}`);
      continue;
    }
    const names = resource.schema.fields.map((f) => f.name);
    if (table.header.join() !== names.join()) {
      problems.push(`${resource.name}: header ${table.header.join()} is not ${names.join()}`);
      continue;
    }
    resource.schema.fields.forEach((field, i) => {
      const seen = new Set<string>();
      const unique = field.constraints?.unique || field.name === resource.schema.primaryKey;
      table.rows.forEach((row, r) => {
        const where = `${resource.name} row ${r + 2} ${field.name}`;
        const value = row[i] ?? '';
        if (value === '') {
          if (field.constraints?.required) problems.push(`${where}: required, but empty`);
          return;
        }
        const pattern = patterns[field.format ?? ''] ?? patterns[field.type];
        if (pattern && !pattern.test(value))
          problems.push(`${where}: "${value}" is not a ${field.format ?? field.type}`);
        if (field.format === 'uri' && !isUri(value))
          problems.push(`${where}: "${value}" is not a URI`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value))
          problems.push(`${where}: "${value}" is not one of ${field.constraints.enum.join(', ')}`);
        if (unique && seen.has(value)) problems.push(`${where}: "${value}" is not unique`);
        seen.add(value);
      });
    });
    for (const key of resource.schema.foreignKeys ?? []) {
      const targets = values(key.reference.resource, key.reference.fields);
      for (const value of values(resource.name, key.fields)) {
        if (!targets.has(value))
          problems.push(
            `${resource.name} ${key.fields}: "${value}" is not an id in ${key.reference.resource}`,
          );
      }
    }
  }
  return problems;
}
