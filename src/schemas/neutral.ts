import { z } from 'astro/zod';
import { findRevealingWords } from '../lib/neutral.ts';

/** A non-empty text that must not reveal what the site is about. */
export function neutralText(field: string) {
  return z
    .string()
    .min(1, `${field} is empty: write a short ${field}.`)
    .superRefine((value, ctx) => {
      const found = findRevealingWords(value);
      if (found.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} contains ${found.map((w) => `"${w}"`).join(', ')}. Titles and descriptions show in the phone’s history and in search previews: use neutral words (for example "Your rights" instead of naming trafficking).`,
        });
      }
    });
}
