// View models: what a component shows, worked out once per locale, so no
// component re-derives a name, a list, a date or a call link by itself.
// Pure functions over schema data; the data layer (src/data/) feeds them.
import { locales, type Locale } from '../i18n/locales.ts';
import { pick } from '../i18n/text.ts';
import type { LocalizedText } from '../schemas/localized.ts';
import type { Provider } from '../schemas/provider.ts';
import type { Province, Region } from '../schemas/province.ts';
import { andList, formatDate, languageList } from './format.ts';
import { fold } from './fold.ts';
import { describeHours } from './hours.ts';
import { localizePath } from './paths.ts';
import { displayNumber, spokenDigits, telHref } from './phone.ts';
import { routeOf } from './routes.ts';
import { serviceTypes, type ServiceType } from './service-types.ts';
import { providerFlags, type ProviderFlag } from './stale.ts';

/** Text with the BCP 47 tag of the language it is in (for lang=""). */
export interface Text {
  text: string;
  lang: string;
}

/** Pick a data field's text for a locale, through the fallback chain, with its language. */
export function textFor(value: LocalizedText, locale: Locale): Text {
  const picked = pick(value, locale);
  return { text: picked.text, lang: locales[picked.locale].lang };
}

/** A phone number ready to show, call, print and read aloud digit by digit. */
export interface PhoneView {
  display: string;
  href: string;
  spoken: string;
  label?: Text;
}

export function phoneView(
  phone: { number: string; dial: string; label?: LocalizedText | undefined },
  locale: Locale,
): PhoneView {
  return {
    display: displayNumber(phone.number),
    href: telHref(phone.dial),
    spoken: spokenDigits(phone.number),
    ...(phone.label ? { label: textFor(phone.label, locale) } : {}),
  };
}

/** A date for a <time> element: machine-readable and as readers of the locale write it. */
export interface DateView {
  iso: string;
  text: string;
}

export function dateView(date: Date, locale: Locale): DateView {
  return { iso: date.toISOString().slice(0, 10), text: formatDate(date, locale) };
}

/** A source link: the address and the short host name shown for it. */
export interface SourceView {
  url: string;
  host: string;
}

export function sourceView(url: string): SourceView {
  return { url, host: new URL(url).hostname.replace(/^www\./, '') };
}

/** A province as every page shows it. */
export interface ProvinceView {
  id: string;
  /** Vietnamese on Vietnamese pages, English elsewhere (place names are not translated further). */
  name: string;
  href: string;
  region: Region;
  formerNames: string[];
  /** The former names as one list in the reader's language, or undefined. */
  formerList: string | undefined;
  /** Every name folded for the filter box and search, so "Kien Giang" finds An Giang. */
  searchNames: string;
  /** Every name as written, for search metadata. */
  allNames: string[];
}

export function provinceView(id: string, data: Province, locale: Locale): ProvinceView {
  const allNames = [data.name.vi, data.name.en, ...data.formerNames];
  return {
    id,
    name: locale === 'vi' ? data.name.vi : data.name.en,
    href: localizePath(locale, routeOf.province(id)),
    region: data.region,
    formerNames: data.formerNames,
    formerList: data.formerNames.length > 0 ? andList(data.formerNames, locale) : undefined,
    searchNames: fold(allNames.join(' ')),
    allNames,
  };
}

/** A service type's name in the reader's language (through the fallback chain). */
export function serviceTypeName(type: ServiceType, locale: Locale): string {
  return pick(serviceTypes[type], locale).text;
}

/** A provider as the directory shows it: every field ready, each only when known. */
export interface ProviderView {
  id: string;
  name: Text;
  /** The Vietnamese name too, on pages in other languages (signs and papers are in Vietnamese). */
  viName: string | undefined;
  href: string;
  province: ProvinceView;
  serviceTypes: ServiceType[];
  serviceNames: string[];
  /** The service names as one list in the reader's language. */
  services: string;
  phones: PhoneView[];
  /** Street address and commune, as published (in Vietnamese). */
  address: string | undefined;
  /** Opening hours as sentences, or '24/7'. */
  hours: '24/7' | string[] | undefined;
  email: string | undefined;
  website: SourceView | undefined;
  languages: string;
  verified: DateView;
  sources: SourceView[];
  flags: ProviderFlag[];
  nationwide: boolean;
  data: Provider;
}

export function providerView(
  id: string,
  data: Provider,
  province: ProvinceView,
  locale: Locale,
  now: Date,
): ProviderView {
  const lang = locales[locale].lang;
  const serviceNames = data.serviceTypes.map((type) => serviceTypeName(type, locale));
  return {
    id,
    name: textFor(data.name, locale),
    viName: locale === 'vi' ? undefined : data.name.vi,
    href: localizePath(locale, routeOf.provider(data.province, id)),
    province,
    serviceTypes: data.serviceTypes,
    serviceNames,
    services: andList(serviceNames, locale),
    phones: data.phones.map((p) => phoneView(p, locale)),
    address: [data.address, data.commune].filter(Boolean).join(', ') || undefined,
    hours:
      data.hours === '24/7' ? '24/7' : data.hours ? describeHours(data.hours, lang) : undefined,
    email: data.email,
    website: data.website ? sourceView(data.website) : undefined,
    languages: languageList(data.languages, locale),
    verified: dateView(data.verified, locale),
    sources: data.sources.map(sourceView),
    flags: providerFlags(data, now),
    nationwide: data.nationwide ?? false,
    data,
  };
}
