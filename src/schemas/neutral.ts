import { z } from 'astro/zod';
import { findRevealingWords } from '../lib/neutral.ts';
import { localizedText } from './localized.ts';

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

/**
 * A name in each language that shows as a page title (a provider's name):
 * it must not reveal what the site is about in the phone's history.
 */
export const neutralLocalizedText = localizedText.superRefine((name, ctx) => {
  for (const [lang, value] of Object.entries(name)) {
    const found = typeof value === 'string' ? findRevealingWords(value) : [];
    if (found.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [lang],
        message: `The name contains ${found.map((w) => `"${w}"`).join(', ')}. It is the page's title, shown in the phone's history: use the organisation's neutral name or a plain description such as "Trung tâm Công tác xã hội".`,
      });
    }
  }
});
