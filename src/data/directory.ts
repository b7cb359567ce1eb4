import { getCollection, render, type CollectionEntry } from 'astro:content';
import { fallbackChain, type Locale } from '../i18n/locales.ts';
import { regions } from '../schemas/province.ts';

export type ProvinceEntry = CollectionEntry<'provinces'>;
export type ProviderEntry = CollectionEntry<'providers'>;

const collator = new Intl.Collator('vi');

/** The 34 provinces, sorted by Vietnamese name. */
export async function allProvinces(): Promise<ProvinceEntry[]> {
  return (await getCollection('provinces')).sort((a, b) =>
    collator.compare(a.data.name.vi, b.data.name.vi),
  );
}

/** Provinces grouped by region, in the order of the regions list. */
export async function provincesByRegion() {
  const provinces = await allProvinces();
  return regions.map((region) => ({
    region,
    provinces: provinces.filter((p) => p.data.region === region),
  }));
}

/** All providers, each checked against the province list (a wrong province stops the build). */
export async function allProviders(): Promise<ProviderEntry[]> {
  const provinceIds = new Set((await getCollection('provinces')).map((p) => p.id));
  const providers = await getCollection('providers');
  for (const provider of providers) {
    if (!provinceIds.has(provider.data.province)) {
      throw new Error(
        `content/providers/${provider.id}.mdx: province "${provider.data.province}" is not one of the 34 in content/provinces/. Use the file name, e.g. "an-giang".`,
      );
    }
  }
  return providers.sort((a, b) => collator.compare(a.data.name.vi, b.data.name.vi));
}

export async function providersIn(province: string): Promise<ProviderEntry[]> {
  return (await allProviders()).filter(
    (p) => p.data.province === province && p.data.status !== 'historic',
  );
}

/**
 * Places that take people from any province (`nationwide: true`), for every
 * province page and referral sheet; a province's own are left to its list.
 */
export async function nationwideProviders(exceptProvince?: string): Promise<ProviderEntry[]> {
  return (await allProviders()).filter(
    (p) => p.data.nationwide && p.data.status !== 'historic' && p.data.province !== exceptProvince,
  );
}

/** A provider's description in the reader's language, through the fallback chain. */
export async function providerText(provider: ProviderEntry, locale: Locale) {
  const translations = await getCollection('providerText');
  for (const code of fallbackChain(locale)) {
    if (code === 'vi') return { locale: code, ...(await render(provider)) };
    const entry = translations.find((t) => t.id === `${code}/${provider.id}`);
    if (entry) return { locale: code, ...(await render(entry)) };
  }
  return { locale: 'vi' as Locale, ...(await render(provider)) };
}
