import { isDeepStrictEqual } from 'node:util';
import { parseDocument, stringify } from 'yaml';
import { providerSchema, type Provider } from '../schemas/provider.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** The provider fields the spreadsheet carries; everything else in a file is the editors'. */
const csvFields = [
  'name',
  'organization',
  'kind',
  'province',
  'commune',
  'address',
  'phones',
  'email',
  'website',
  'hours',
  'serviceTypes',
  'serves',
  'languages',
  'cost',
  'referralRequired',
  'sources',
  'verified',
  'status',
  'confirmed',
  'confirmedBy',
] as const;

/** Provider data as YAML holds it: dates as YYYY-MM-DD, nothing undefined. */
function plain(data: Provider): Record<string, unknown> {
  // A JSON round trip of an object gives back a plain object.
  return JSON.parse(
    JSON.stringify({
      ...data,
      verified: data.verified.toISOString().slice(0, 10),
      confirmed: data.confirmed?.toISOString().slice(0, 10),
    }),
  ) as Record<string, unknown>;
}

/** A provider as the MDX file editors keep in content/providers/. */
export function providerFile(data: Provider, body: string): string {
  return `---\n${stringify(plain(data), { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Merge imported data into an existing provider file. Only the fields the
 * spreadsheet carries and that changed are rewritten; comments (such as why
 * a shelter has no address), fields without a column (serves.minAge/maxAge)
 * and the formatting of unchanged fields stay as they are. An unchanged
 * provider gives back the same text, byte for byte.
 */
export function mergeProviderFile(
  existing: string,
  data: Provider,
  body: string,
): { text: string; changes: FieldChange[] } {
  const parts = splitFrontmatter(existing);
  // parseDocument, not readFrontmatter's plain data: it keeps the editors' comments.
  const doc = parts.found ? parseDocument(parts.yaml) : undefined;
  if (!doc || doc.errors.length > 0) {
    // Not a file we can merge into: replace it, and say every field changed.
    return {
      text: providerFile(data, body),
      changes: [{ field: '(file)', before: '(unreadable)', after: '(rewritten)' }],
    };
  }
  const oldParsed = providerSchema.safeParse(doc.toJS());
  const before = oldParsed.success
    ? plain(oldParsed.data)
    : (doc.toJS() as Record<string, unknown>);
  const after = plain(data);
  const changes: FieldChange[] = [];
  for (const field of csvFields) {
    if (field === 'serves') {
      // serves.minAge and maxAge have no column: set only what the sheet holds.
      for (const key of ['genders', 'children'] as const) {
        const [was, now] = [
          (before.serves as Record<string, unknown> | undefined)?.[key],
          (after.serves as Record<string, unknown>)[key],
        ];
        if (isDeepStrictEqual(was, now)) continue;
        changes.push({ field: `serves.${key}`, before: was, after: now });
        doc.setIn(['serves', key], now);
      }
      continue;
    }
    const [was, now] = [before[field], after[field]];
    if (isDeepStrictEqual(was, now)) continue;
    changes.push({ field, before: was, after: now });
    if (now === undefined) doc.delete(field);
    else doc.set(field, now);
  }
  const oldBody = parts.body.trim();
  if (oldBody !== body.trim())
    changes.push({ field: 'description', before: oldBody, after: body.trim() });
  if (changes.length === 0) return { text: existing, changes };
  return {
    text: `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body.trim()}\n`,
    changes,
  };
}
