import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** The seven socio-economic regions, used to group provinces on the directory home. */
export const regions = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central',
  'south-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const;
export type Region = (typeof regions)[number];

/** One of the 34 provincial units in force since 12 June 2025. */
export const provinceSchema = z.object({
  number: z
    .number()
    .int()
    .min(1)
    .max(34, 'number is the unit’s place (1–34) in the table of Resolution 202/2025/QH15.')
    .describe('Place in the table of Resolution 202/2025/QH15.'),
  name: localizedText.describe('The official name, e.g. vi "Tuyên Quang", en "Tuyen Quang".'),
  kind: z.enum(['province', 'city']).describe('province, or city (a centrally-run city).'),
  region: z.enum(regions).describe(`One of: ${regions.join(', ')}.`),
  formerNames: z
    .array(z.string().min(1))
    .describe(
      'Provinces merged into this one on 12 June 2025, other than itself. Empty if unchanged.',
    ),
  sources: z
    .array(
      z.url({
        protocol: /^https?$/,
        error: 'Each source must be a web address starting with https:// or http://.',
      }),
    )
    .min(1, 'A province needs at least one source address.'),
});

export type Province = z.output<typeof provinceSchema>;
