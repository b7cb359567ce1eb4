import { z } from 'astro/zod';
import { neutralText } from './neutral.ts';
import { nativeReviewField } from './native-review.ts';
import { reviewedField, sourcesField } from './source.ts';

/** One lesson of the pre-departure orientation course, in one language. */
export const lessonSchema = z.object({
  title: neutralText('title').describe('Lesson heading and tab title. Keep it neutral.'),
  description: neutralText('description')
    .max(200, 'Keep the description under 200 characters.')
    .describe('One sentence saying what the lesson is about.'),
  order: z
    .number()
    .int('order must be a whole number such as 2.')
    .positive('order starts at 1.')
    .describe('Position in the course, starting at 1. Use the same number in every language.'),
  duration: z
    .number()
    .int('duration is a whole number of minutes, e.g. 45.')
    .min(5, 'duration is in minutes: at least 5.')
    .max(240, 'duration is in minutes: at most 240.')
    .describe('How long the lesson takes in a class, in minutes.'),
  objectives: z
    .array(z.string().min(1))
    .min(1, 'Give at least one objective: “After this lesson you can…”.')
    .max(5, 'Give at most 5 objectives.')
    .describe('What a learner can do after the lesson.'),
  sources: sourcesField.describe(
    'The laws and official pages this lesson’s facts rest on, newest first. A translation may copy its Vietnamese twin’s list.',
  ),
  reviewed: reviewedField,
  nativeReview: nativeReviewField,
});

export type Lesson = z.output<typeof lessonSchema>;
