import { z } from 'astro/zod';

/** Text in each language: Vietnamese and English are required, the others optional. */
export const localizedText = z.object({
  vi: z.string().min(1, 'Write the Vietnamese text (vi).'),
  en: z.string().min(1, 'Write the English text (en).'),
  ko: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});

export type LocalizedText = z.output<typeof localizedText>;
