import { z } from 'astro/zod';
import { neutralText } from './neutral.ts';
import { reviewedField, sourcesField } from './source.ts';

/** One hard word and its plain meaning. */
export const glossaryTermSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'id must be plain lowercase letters and digits joined by hyphens, e.g. tro-giup-phap-ly. Use the same id in every language.',
    )
    .describe('The name MDX uses: <Term id="tro-giup-phap-ly">…</Term>. Same in every language.'),
  term: z
    .string()
    .min(1, 'term is empty: write the word as readers meet it, e.g. "trợ giúp pháp lý".')
    .describe('The word as it is written in the handbook, in lower case unless it is a name.'),
  forms: z
    .array(z.string().min(1, 'forms has an empty entry: remove it.'))
    .default([])
    .describe(
      'Other ways the word is written in the text (e.g. "được xác định"), so <Term> accepts them and the readability report finds them.',
    ),
  short: z
    .string()
    .min(1, 'short is empty: write the meaning in a few words.')
    .max(
      90,
      'short shows in brackets right after the word, in the middle of a sentence: keep it under 90 characters and put the rest in meaning.',
    )
    .describe(
      'A few plain words shown in brackets after the word, e.g. "(luật sư giúp miễn phí)".',
    ),
  meaning: z
    .string()
    .min(1, 'meaning is empty: explain the word in one to three short sentences.')
    .describe(
      'The plain meaning for the word list and the printed booklet: one to three short sentences.',
    ),
});

/** The word list of one language: content/glossary/<language>/tu-ngu.yaml. */
export const glossarySchema = z.object({
  title: neutralText('title').describe('Heading and tab title of the word list. Keep it neutral.'),
  description: neutralText('description')
    .max(200, 'Keep the description under 200 characters.')
    .describe('One sentence for search and link previews.'),
  intro: z
    .string()
    .min(1, 'intro is empty: say in one or two sentences what the list is for.')
    .describe('One or two sentences above the list.'),
  terms: z
    .array(glossaryTermSchema)
    .min(1, 'terms is empty: give at least one word.')
    .superRefine((terms, ctx) => {
      const seen = new Set<string>();
      terms.forEach((t, i) => {
        if (seen.has(t.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `id "${t.id}" is used twice: each word needs its own id.`,
          });
        }
        seen.add(t.id);
      });
    })
    .describe('The words, in the order the list shows them.'),
  sources: sourcesField,
  reviewed: reviewedField,
});

export type Glossary = z.output<typeof glossarySchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
