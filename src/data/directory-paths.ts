import { localeCodes } from '../i18n/locales.ts';
import { nearbyWithServices } from '../lib/nearby.ts';
import { localeParam } from '../lib/paths.ts';
import { providersFor, provincesWithProviders } from './directory.ts';

/**
 * One page per locale and province, with that province's current providers
 * and, for a province with none, the provinces of its region that have some,
 * all as view models in the page's locale.
 */
export async function provincePaths() {
  const pages = [];
  for (const locale of localeCodes) {
    const provinces = (await provincesWithProviders(locale)).map(({ province, providers }) => ({
      id: province.id,
      region: province.region,
      services: providers.length,
      province,
      providers,
    }));
    for (const item of provinces) {
      pages.push({
        params: { locale: localeParam(locale), province: item.id },
        props: {
          province: item.province,
          providers: item.providers,
          nearby: nearbyWithServices(item, provinces).map((p) => p.province),
        },
      });
    }
  }
  return pages;
}

/** One page per locale and provider (historic ones too, so old links still explain). */
export async function providerPaths() {
  const pages = [];
  for (const locale of localeCodes) {
    for (const provider of await providersFor(locale)) {
      pages.push({
        params: {
          locale: localeParam(locale),
          province: provider.province.id,
          provider: provider.id,
        },
        props: { provider },
      });
    }
  }
  return pages;
}
