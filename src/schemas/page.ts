import { z } from 'astro/zod';
import { neutralText } from './neutral.ts';
import { reviewedField, sourcesField } from './source.ts';

/** A standalone page (safety, organisations…), one file per language. */
export const pageSchema = z.object({
  title: neutralText('title').describe('Page heading and tab title. Keep it neutral.'),
  description: neutralText('description')
    .max(200, 'Keep the description under 200 characters.')
    .describe('One sentence for search and link previews.'),
  sources: sourcesField,
  reviewed: reviewedField,
});

export type Page = z.output<typeof pageSchema>;
