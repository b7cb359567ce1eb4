import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { vi, type UiStrings } from './vi.ts';
import { zh } from './zh.ts';

export type { UiStrings };
export type UiKey = keyof UiStrings;

export const dictionaries: Record<Locale, UiStrings> = { vi, en, ko, zh };

/** The UI strings of a locale. Every dictionary is complete (checked by a test). */
export function useStrings(locale: Locale): UiStrings {
  return dictionaries[locale];
}
