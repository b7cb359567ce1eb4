import { z } from 'astro/zod';
import { neutralText } from './neutral.ts';
import { nativeReviewField } from './native-review.ts';
import { reviewedField, sourcesField } from './source.ts';

/** A safe-migration guidance page or a destination-country page, in one language. */
export const migrationSchema = z.object({
  title: neutralText('title').describe('Page heading and tab title. Keep it neutral.'),
  description: neutralText('description')
    .max(200, 'Keep the description under 200 characters.')
    .describe('One sentence for search and link previews.'),
  order: z
    .number()
    .int('order must be a whole number.')
    .positive()
    .optional()
    .describe('Position among the guidance pages; leave out on country pages.'),
  keyPoints: z
    .array(z.string().min(1))
    .max(6, 'Give at most 6 key points.')
    .optional()
    .describe('Three to five one-sentence key points shown at the top.'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'country is a two-letter code in capitals, e.g. KR.')
    .optional()
    .describe('On a destination-country page: the country, e.g. KR, CN, TW, JP, KH, MY.'),
  countries: z
    .array(
      z
        .string()
        .regex(/^[A-Z]{2}$/, 'countries holds two-letter codes in capitals, e.g. [KH, MM, LA].'),
    )
    .optional()
    .describe(
      'On a guidance page about several countries (no single `country`): the help box for readers abroad shows their numbers.',
    ),
  sources: sourcesField.describe(
    'The laws and official pages this page’s facts rest on, newest first. A translation may copy its Vietnamese twin’s list.',
  ),
  reviewed: reviewedField,
  nativeReview: nativeReviewField,
});

export type MigrationPage = z.output<typeof migrationSchema>;
