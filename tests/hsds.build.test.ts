// The open-data JSON must be real HSDS 3.0: every exported service is
// validated against Open Referral's compiled service schema (vendored in
// tests/fixtures/hsds/, see its README).
import { readFileSync } from 'node:fs';
import { Ajv, type SchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync('tests/fixtures/hsds/service.json', 'utf8')) as SchemaObject;
// strict: false ignores the Frictionless keywords (constraints, datapackage_metadata).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// Not a type guard: a failing service keeps its type for the message.
const validate: ((data: unknown) => boolean) & { errors?: typeof ajv.errors } = ajv.compile(schema);
const { services } = JSON.parse(readFileSync('dist/du-lieu/dich-vu.json', 'utf8')) as {
  services: Record<string, unknown>[];
};

const ids = (value: unknown, found: string[] = []): string[] => {
  if (Array.isArray(value)) value.forEach((v) => ids(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') found.push(v);
      else ids(v, found);
    }
  }
  return found;
};

describe('the HSDS 3.0 export', () => {
  it('has every provider, and each validates against the HSDS 3.0 service schema', () => {
    expect(services.length).toBeGreaterThan(10);
    const problems = services.flatMap((service): string[] =>
      validate(service)
        ? []
        : (validate.errors ?? []).map(
            (e) => `${String(service.name)}: ${e.instancePath || '/'} ${e.message}`,
          ),
    );
    expect(problems).toEqual([]);
  });

  it('gives every nested object a UUID, each used once except shared taxonomy terms', () => {
    const all = services.flatMap((s) => ids(s));
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(all.filter((id) => !uuid.test(id))).toEqual([]);
    const shared = new Set(
      services.flatMap((s) =>
        (s.attributes as { taxonomy_term: { id: string; taxonomy_id: string } }[]).flatMap((a) => [
          a.taxonomy_term.id,
          a.taxonomy_term.taxonomy_id,
        ]),
      ),
    );
    const repeated = all.filter((id, i) => all.indexOf(id) !== i && !shared.has(id));
    expect(repeated).toEqual([]);
  });

  it('describes services in plain text, with no MDX', () => {
    const withMarkup = services.filter((s) => /[<>{}]/.test(String(s.description)));
    expect(withMarkup.map((s) => s.name)).toEqual([]);
  });
});
