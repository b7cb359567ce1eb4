// The directory's read layer: provinces and providers from the content
// collections, handed to components as per-locale view models (src/lib/views.ts).
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { fallbackChain, type Locale } from '../i18n/locales.ts';
import { buildDate } from '../lib/build-date.ts';
import { unknownProvinces } from '../lib/references.ts';
import { provinceView, providerView, type ProviderView, type ProvinceView } from '../lib/views.ts';
import { regions, type Region } from '../schemas/province.ts';

export type ProvinceEntry = CollectionEntry<'provinces'>;
export type ProviderEntry = CollectionEntry<'providers'>;
export type { ProviderView, ProvinceView };

const collator = new Intl.Collator('vi');

/** The 34 provinces, sorted by Vietnamese name. */
export async function allProvinces(): Promise<ProvinceEntry[]> {
  return (await getCollection('provinces')).sort((a, b) =>
    collator.compare(a.data.name.vi, b.data.name.vi),
  );
}

/** The provinces as a reader of this locale sees them, sorted by Vietnamese name. */
export async function provincesFor(locale: Locale): Promise<ProvinceView[]> {
  return (await allProvinces()).map((p) => provinceView(p.id, p.data, locale));
}

/** One province's view, or an error naming the id. */
export async function provinceFor(id: string, locale: Locale): Promise<ProvinceView> {
  const found = (await provincesFor(locale)).find((p) => p.id === id);
  if (!found) throw new Error(`No province "${id}" in content/provinces/.`);
  return found;
}

/** Provinces grouped by region, in the order of the regions list. */
export async function provincesByRegion(
  locale: Locale,
): Promise<{ region: Region; provinces: ProvinceView[] }[]> {
  const provinces = await provincesFor(locale);
  return regions.map((region) => ({
    region,
    provinces: provinces.filter((p) => p.region === region),
  }));
}

/** All providers, each checked against the province list (a wrong province stops the build). */
export async function allProviders(): Promise<ProviderEntry[]> {
  const provinceIds = new Set((await getCollection('provinces')).map((p) => p.id));
  const providers = await getCollection('providers');
  const problems = unknownProvinces(
    providers.map((p) => ({ id: p.id, province: p.data.province })),
    provinceIds,
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return providers.sort((a, b) => collator.compare(a.data.name.vi, b.data.name.vi));
}

/** Every provider as a reader of this locale sees it (historic ones included; filter as needed). */
export async function providersFor(locale: Locale, now = buildDate): Promise<ProviderView[]> {
  const provinces = new Map((await provincesFor(locale)).map((p) => [p.id, p]));
  return (await allProviders()).map((p) =>
    providerView(p.id, p.data, provinces.get(p.data.province)!, locale, now),
  );
}

/** Every province with its current (not historic) providers, in one pass. */
export async function provincesWithProviders(
  locale: Locale,
): Promise<{ province: ProvinceView; providers: ProviderView[] }[]> {
  const current = (await providersFor(locale)).filter((p) => p.data.status !== 'historic');
  return (await provincesFor(locale)).map((province) => ({
    province,
    providers: current.filter((p) => p.province.id === province.id),
  }));
}

/** The current (not historic) providers of one province. */
export async function providersIn(province: string, locale: Locale): Promise<ProviderView[]> {
  return (await providersFor(locale)).filter(
    (p) => p.province.id === province && p.data.status !== 'historic',
  );
}

/**
 * Places that take people from any province (`nationwide: true`), for every
 * province page and referral sheet; a province's own are left to its list.
 */
export async function nationwideProviders(
  locale: Locale,
  exceptProvince?: string,
): Promise<ProviderView[]> {
  return (await providersFor(locale)).filter(
    (p) => p.nationwide && p.data.status !== 'historic' && p.province.id !== exceptProvince,
  );
}

/** A provider's description in the reader's language, through the fallback chain. */
export async function providerText(id: string, locale: Locale) {
  const translations = await getCollection('providerText');
  const provider = (await getCollection('providers')).find((p) => p.id === id);
  if (!provider) throw new Error(`No provider "${id}" in content/providers/.`);
  for (const code of fallbackChain(locale)) {
    if (code === 'vi') return { locale: code, ...(await render(provider)) };
    const entry = translations.find((t) => t.id === `${code}/${provider.id}`);
    if (entry) return { locale: code, ...(await render(entry)) };
  }
  return { locale: 'vi' as Locale, ...(await render(provider)) };
}
