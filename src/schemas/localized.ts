import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';

/** Languages every data file must carry: the site's own and English, its first fallback. */
const required: readonly Locale[] = [defaultLocale, 'en'];

/**
 * Text in each language of the registry (src/i18n/locales.ts): Vietnamese and
 * English are required, the others optional. Built from the registry, so a new
 * language's text in a YAML file is kept, not silently dropped, and a
 * language code the registry does not know is an error.
 */
export const localizedText = z
  .object(
    Object.fromEntries(
      localeCodes.map((code) => [
        code,
        required.includes(code)
          ? z
              .string()
              .min(
                1,
                `Write the ${code === defaultLocale ? 'Vietnamese' : 'English'} text (${code}).`,
              )
          : z.string().min(1).optional(),
      ]),
    ) as Record<'vi' | 'en', z.ZodString> & Partial<Record<Locale, z.ZodOptional<z.ZodString>>>,
  )
  .strict();

export type LocalizedText = { vi: string; en: string } & Partial<Record<Locale, string>>;
