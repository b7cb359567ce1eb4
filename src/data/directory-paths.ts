import { localeCodes, type Locale } from '../i18n/locales.ts';
import { nearbyWithServices } from '../lib/nearby.ts';
import { localeParam } from '../lib/paths.ts';
import {
  allProviders,
  allProvinces,
  providersIn,
  type ProviderEntry,
  type ProvinceEntry,
} from './directory.ts';

/**
 * One page per locale and province, with that province's current providers
 * and, for a province with none, the provinces of its region that have some.
 */
export async function provincePaths() {
  const provinces = await Promise.all(
    (await allProvinces()).map(async (entry) => {
      const providers = await providersIn(entry.id);
      return {
        id: entry.id,
        region: entry.data.region,
        services: providers.length,
        entry,
        providers,
      };
    }),
  );
  const pages: {
    params: { locale: string | undefined; province: string };
    props: {
      locale: Locale;
      province: ProvinceEntry;
      providers: ProviderEntry[];
      nearby: ProvinceEntry[];
    };
  }[] = [];
  for (const province of provinces) {
    const nearby = nearbyWithServices(province, provinces).map((p) => p.entry);
    for (const locale of localeCodes) {
      pages.push({
        params: { locale: localeParam(locale), province: province.id },
        props: { locale, province: province.entry, providers: province.providers, nearby },
      });
    }
  }
  return pages;
}

/** One page per locale and provider (historic ones too, so old links still explain). */
export async function providerPaths() {
  const provinces = new Map((await allProvinces()).map((p) => [p.id, p]));
  return (await allProviders()).flatMap((provider) =>
    localeCodes.map((locale) => ({
      params: {
        locale: localeParam(locale),
        province: provider.data.province,
        provider: provider.id,
      },
      props: { locale, provider, province: provinces.get(provider.data.province)! },
    })),
  );
}
