import { localeCodes, type Locale } from '../i18n/locales.ts';
import { localeParam } from './paths.ts';

/** getStaticPaths for a page that exists once per locale. */
export function perLocale(): {
  params: { locale: string | undefined };
  props: { locale: Locale };
}[] {
  return localeCodes.map((locale) => ({
    params: { locale: localeParam(locale) },
    props: { locale },
  }));
}

/** Pages in content/pages/ that introduce a section with its own route. */
export const sectionIntros: ReadonlySet<string> = new Set(['di-cu-an-toan', 'dich-vu']);
