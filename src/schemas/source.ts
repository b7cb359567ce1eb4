import { z } from 'astro/zod';

/**
 * One source a page, a hotline or a provider rests on. Shared by every
 * collection so that every page can list its sources the same way.
 */
export const sourceSchema = z.object({
  publisher: z
    .string()
    .min(1, 'publisher is empty: name who published the source, e.g. "Bộ Công an".')
    .describe('Who published it: a ministry, a province, an organisation, a newspaper.'),
  title: z
    .string()
    .min(1, 'title is empty: copy the document’s or page’s own title.')
    .describe('The title of the document or page, as it is written there.'),
  date: z
    .string()
    .regex(
      /^(\d{4}(-\d{2}(-\d{2})?)?|unknown)$/,
      'date must be written YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only the month or year, or "unknown" when the page shows no date at all (never the day you read it).',
    )
    .describe(
      'When the source was published or last updated, as the source itself shows it (not the day you read it). "unknown" when the page shows no date, as help pages often do; it is shown as "no date shown".',
    ),
  url: z
    .url({
      protocol: /^https?$/,
      error:
        'url must be a full web address starting with https:// (or http:// if the site has no https).',
    })
    .optional()
    .describe('Where to read it. Leave out for a printed document with no web address.'),
});

export type Source = z.output<typeof sourceSchema>;

/** The list of sources a page rests on: at least one. */
export const sourcesField = z
  .array(sourceSchema)
  .min(
    1,
    'Give at least one source (publisher, title, date, url): every page cites what it rests on.',
  )
  .describe('What this page rests on, newest first. Shown at the end of the page and in print.');

/** The day an editor last read a page against its sources. */
export const reviewedField = z.coerce
  .date({
    error:
      'reviewed must be the day an editor last checked the page against its sources, written YYYY-MM-DD (e.g. reviewed: 2026-11-29).',
  })
  .describe('The day an editor last read the page against its sources. Shown as "Cập nhật".');
