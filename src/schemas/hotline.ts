import { z } from 'astro/zod';
import { checkDialString } from '../lib/phone.ts';
import { isAfterPartialDate, newestPartialDate, todayPartialDate } from '../lib/stale.ts';
import { localizedText } from './localized.ts';

/** YAML turns an unquoted 2020-01-15 into a Date: read it back as text. */
const asText = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value;

/** A date known to the day, the month or only the year, as the source gives it. */
const partialDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$/,
    'write the date as YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only the month or year.',
  );

const sourceUrl = z.url({
  protocol: /^https?$/,
  error: 'Each source must be a full web address starting with https:// or http://.',
});

/** One source: its address, or its address with the date it was published and its publisher. */
const hotlineSource = z
  .union([
    sourceUrl,
    z.object({
      url: sourceUrl,
      date: z
        .preprocess(asText, partialDate)
        .optional()
        .describe('When the source was published (not the day you read it).'),
      publisher: z.string().min(1).optional().describe('Who published it, e.g. "VietnamPlus".'),
    }),
  ])
  .transform((source) => (typeof source === 'string' ? { url: source } : source));

/**
 * One phone line. Every number on the site comes from these entries, so a
 * number is corrected in one place. The schema refuses an entry without a
 * source and a published date, or whose number cannot be dialled.
 */
export const hotlineSchema = z
  .object({
    number: z
      .string()
      .min(1)
      .describe('The number as people write it, e.g. "111", "1577-1366", "+84 981 84 84 84".'),
    dial: z
      .string()
      .regex(
        /^\+?[0-9]+$/,
        'dial holds only digits, with a leading + for international numbers, e.g. "+84981848484".',
      )
      .describe('What the phone dials: a short code ("111") or the full international number.'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'country is a two-letter code in capitals, e.g. VN, KR, CN, KH.')
      .describe('The country where the number is answered.'),
    kind: z
      .enum(['short-code', 'national', 'ordinary'])
      .describe(
        'short-code (111, 113…), national (a 1800/1900/15xx service number dialled as written in its country), or ordinary (checked by libphonenumber).',
      ),
    name: localizedText.describe('Who the line is, in each language.'),
    description: localizedText.describe('What the line helps with, in one or two sentences.'),
    answeredBy: localizedText.optional().describe('Who answers the phone.'),
    hours: z
      .union([z.literal('24/7'), localizedText])
      .describe('"24/7", or the opening hours in words for each language.'),
    cost: z.enum(['free', 'charged', 'unknown']).describe('What a call costs the caller.'),
    languages: z
      .array(z.string().min(2))
      .min(1, 'List at least one language the line answers in, e.g. [vi].')
      .describe('Languages spoken on the line, as language codes (vi, en, ko, zh, km…).'),
    domesticOnly: z
      .boolean()
      .describe('true when the number only works from inside its own country (short codes).'),
    status: z
      .enum(['current', 'historic', 'unconfirmed'])
      .describe('Only current numbers are shown as numbers to call.'),
    order: z
      .number()
      .int()
      .default(100)
      .describe('Sort order within its country; lower comes first.'),
    sources: z
      .array(hotlineSource)
      .min(1, 'A hotline needs at least one source address (sources: [https://…]).')
      .describe(
        'Where the number was found, the operator’s own page first: an address, or { url, date, publisher } when the date is known.',
      ),
    publisher: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Who published the newest source that shows the number, as the card names it: "VietnamPlus", "Bộ Ngoại giao".',
      ),
    published: z
      .preprocess(asText, z.union([partialDate, z.literal('unknown')]))
      .describe(
        'The date of the newest source that shows this number (YYYY-MM-DD, YYYY-MM or YYYY), never the day it was copied. "unknown" only when no source carries a date.',
      ),
    confirmed: z.coerce
      .date({ error: 'confirmed must be a date written as YYYY-MM-DD.' })
      .optional()
      .describe(
        'The day someone called the line, or read the number on the operator’s own page. Leave it out until that has been done.',
      ),
  })
  .superRefine((entry, ctx) => {
    const problem = checkDialString(entry);
    if (problem) ctx.addIssue({ code: 'custom', path: ['dial'], message: problem });
    const newest = newestPartialDate(entry.sources.flatMap((source) => source.date ?? []));
    if (entry.published === 'unknown' && newest) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `published is "unknown", but a source is dated ${newest}: use that date.`,
      });
    }
    if (entry.published !== 'unknown' && newest && isAfterPartialDate(entry.published, newest)) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `published (${entry.published}) is later than the newest dated source (${newest}). It is the date of that source, not the day it was read.`,
      });
    }
    if (entry.published !== 'unknown' && isAfterPartialDate(entry.published, todayPartialDate())) {
      ctx.addIssue({ code: 'custom', path: ['published'], message: 'published is in the future.' });
    }
    if (entry.confirmed && entry.confirmed.getTime() > Date.now()) {
      ctx.addIssue({ code: 'custom', path: ['confirmed'], message: 'confirmed is in the future.' });
    }
  });

export type Hotline = z.output<typeof hotlineSchema>;
