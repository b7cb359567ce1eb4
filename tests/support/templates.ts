// One built page of each page template, for the browser tests that need not
// open every page (accessibility, requests to other hosts): pages of one
// template run the same scripts and share their markup. The static build
// tests still read every page.
import type { Locale } from '../../src/i18n/locales.ts';
import { localizePath } from '../../src/lib/paths.ts';
import { routeOf, routes } from '../../src/lib/routes.ts';
import { builtPages } from './dist.ts';
import { busiestProvince, emptyProvince, listedIn, need } from './pick.ts';

/** A path exactly one folder below `base`, other than the fixed pages named. */
const oneBelow =
  (base: string, except: string[] = []) =>
  (path: string) =>
    path.startsWith(base) && /^[^/]+\/$/.test(path.slice(base.length)) && !except.includes(path);

const busiest = busiestProvince();
const empty = emptyProvince();
const provider = need(listedIn(busiest.id)[0], 'listed provider');

/** Each template: a fixed path, or a test that the first built page matching passes. */
const templates: (string | ((path: string) => boolean))[] = [
  routes.home,
  routes.handbook,
  oneBelow(routes.handbook, [routes.handbookPrint, routes.glossary]),
  routes.handbookPrint,
  // The word list: definition lists and <dfn>.
  routes.glossary,
  routes.hotlines,
  oneBelow(routes.hotlines),
  routes.migration,
  oneBelow(routes.migration, [routes.course, routes.walletCard]),
  routes.course,
  oneBelow(routes.course),
  routes.directory,
  // Several providers: the type filter, several groups and their badges.
  routeOf.province(busiest.id),
  // No provider: the way to be connected, and the region's provinces that have some
  // (while some province lists none).
  ...(empty ? [routeOf.province(empty.id)] : []),
  routeOf.provider(busiest.id, provider.id),
  routeOf.provincePrint(busiest.id),
  routes.search,
  routes.siteIndex,
  routes.safety,
  routes.organisations,
  routes.offline,
  routes.notFound,
  routes.callSheet,
];

/** The Vietnamese page of each template. */
export function templatePaths(): string[] {
  const vi = builtPages().filter((p) => p.locale === 'vi');
  return templates.map((template) => {
    const found =
      typeof template === 'string'
        ? vi.find((p) => p.path === template)
        : vi.find((p) => template(p.path));
    return need(found, `built page for the template ${String(template)}`).path;
  });
}

/** Each template's page in Vietnamese and in `locale` (Korean by default: it falls back most). */
export function templatePathsIn(locale: Locale = 'ko'): string[] {
  return templatePaths().flatMap((path) => [path, localizePath(locale, path)]);
}
