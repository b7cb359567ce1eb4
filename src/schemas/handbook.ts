import { z } from 'astro/zod';
import { neutralText } from './neutral.ts';
import { reviewedField, sourcesField } from './source.ts';

/** One chapter of the handbook "When I Return Home", in one language. */
export const handbookSchema = z.object({
  title: neutralText('title').describe(
    'The chapter heading and browser tab title. Keep it neutral: it shows in the phone’s history.',
  ),
  description: neutralText('description')
    .max(200, 'Keep the description under 200 characters: one plain sentence.')
    .describe('One sentence saying what the chapter helps with; used by search and link previews.'),
  order: z
    .number()
    .int('order must be a whole number such as 3.')
    .positive('order starts at 1.')
    .describe('Position in the handbook, starting at 1. Use the same number in every language.'),
  keyPoints: z
    .array(z.string().min(1))
    .min(2, 'Give at least 2 key points: they open the chapter.')
    .max(6, 'Give at most 6 key points; move the rest into the text.')
    .describe('Three to five one-sentence key points shown at the top of the chapter.'),
  sources: sourcesField,
  reviewed: reviewedField,
});

export type HandbookChapter = z.output<typeof handbookSchema>;
