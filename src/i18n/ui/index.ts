import { localeCodes, type Locale } from '../locales.ts';
import type { UiStrings } from './vi.ts';

export type { UiStrings };
export type UiKey = keyof UiStrings;

// Every src/i18n/ui/<code>.ts exports its dictionary under its locale code
// (`export const en: UiStrings = …`). Found by name, so adding a language is
// a registry entry and one dictionary file, with nothing to register here.
const modules = import.meta.glob<Record<string, UiStrings>>(
  ['./*.ts', '!./*.test.ts', '!./index.ts'],
  {
    eager: true,
  },
);

function load(code: Locale): UiStrings {
  const strings = modules[`./${code}.ts`]?.[code];
  if (!strings) {
    throw new Error(
      `No UI strings for the locale "${code}": copy src/i18n/ui/en.ts to src/i18n/ui/${code}.ts, rename its export to \`${code}\` and translate it.`,
    );
  }
  return strings;
}

export const dictionaries = Object.fromEntries(
  localeCodes.map((code) => [code, load(code)]),
) as Record<Locale, UiStrings>;

/** The UI strings of a locale. Every dictionary is complete (checked by a test). @example useStrings('en').siteName */
export function useStrings(locale: Locale): UiStrings {
  return dictionaries[locale];
}
