import { z } from 'astro/zod';
import { checkDialString } from '../lib/phone.ts';
import { localizedText } from './localized.ts';

/**
 * One phone line. Every number on the site comes from these entries, so a
 * number is corrected in one place. The schema refuses an entry without a
 * source and a verified date, or whose number cannot be dialled.
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
      .array(z.url('Each source must be a full web address starting with https:// or http://.'))
      .min(1, 'A hotline needs at least one source address (sources: [https://…]).')
      .describe('Where the number was found; the operator’s own page first.'),
    verified: z.coerce
      .date({ error: 'verified must be a date written as YYYY-MM-DD.' })
      .describe('The day someone last checked the number against its source.'),
  })
  .superRefine((entry, ctx) => {
    const problem = checkDialString(entry);
    if (problem) ctx.addIssue({ code: 'custom', path: ['dial'], message: problem });
  });

export type Hotline = z.output<typeof hotlineSchema>;
