import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../i18n/locales.ts';

/** Languages every data file must carry: the site's own and English, its first fallback. */
type Required = 'vi' | 'en';

// Every other language of the registry (src/i18n/locales.ts) is optional.
const optional = Object.fromEntries(
  localeCodes
    .filter((code) => code !== 'vi' && code !== 'en')
    .map((code) => [code, z.string().min(1).optional()]),
) as Record<Exclude<Locale, Required>, z.ZodOptional<z.ZodString>>;

/**
 * Text in each language of the registry: Vietnamese and English are
 * required, the others optional. Built from the registry, so a new
 * language's text in a YAML file is kept, not silently dropped, and a
 * language code the registry does not know is an error.
 */
export const localizedText = z
  .object({
    vi: z.string().min(1, 'Write the Vietnamese text (vi).'),
    en: z.string().min(1, 'Write the English text (en).'),
    ...optional,
  })
  .strict();

export type LocalizedText = z.output<typeof localizedText>;
