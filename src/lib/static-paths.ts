// getStaticPaths helpers shared by routes. Kept apart from the route table
// (routes.ts), which browser scripts import and so must stay import-free.
import { localeCodes } from '../i18n/locales.ts';
import { localeParam } from './paths.ts';

/** getStaticPaths for a page that exists once per locale (the locale itself comes from middleware). */
export function perLocale(): { params: { locale: string | undefined } }[] {
  return localeCodes.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/** Pages in content/pages/ that introduce a section with its own route. */
export const sectionIntros: ReadonlySet<string> = new Set(['di-cu-an-toan', 'dich-vu']);
