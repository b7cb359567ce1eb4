// The one route table: every locale-free path the site links to, builds or
// caches. Components, the data layer, build scripts and tests read paths from
// here; a test (routes.test.ts) fails on a path literal anywhere else in code.
// The folders under src/pages/ must match (a build test checks each path).
// Paths stay neutral: no word a watcher could read as "trafficking" (see
// src/lib/neutral.ts).

/** Fixed pages, locale-free. Every one ends in a slash (or a file name). */
export const routes = {
  home: '/',
  handbook: '/so-tay/',
  handbookPrint: '/so-tay/ban-in/',
  handbookPrintA5: '/so-tay/ban-in/a5/',
  glossary: '/so-tay/tu-ngu/',
  migration: '/di-cu-an-toan/',
  course: '/di-cu-an-toan/khoa-hoc/',
  walletCard: '/di-cu-an-toan/the-vi/',
  hotlines: '/duong-day-nong/',
  directory: '/dich-vu/',
  directoryPrint: '/dich-vu/ban-in/',
  safety: '/an-toan/',
  search: '/tim-kiem/',
  siteIndex: '/tim-kiem/muc-luc/',
  organisations: '/to-chuc/',
  callSheet: '/to-chuc/goi-xac-nhan/',
  offline: '/ngoai-tuyen/',
  notFound: '/404/',
  /** Open data: the directory as a spreadsheet, as HSDS 3.0 JSON and as HSDS 3.0 tables (Vietnamese root only). */
  dataCsv: '/du-lieu/dich-vu.csv',
  dataJson: '/du-lieu/dich-vu.json',
  /** HSDS 3.0's tabular data package; its tables (services.csv, …) are in the same folder. */
  dataPackage: '/du-lieu/hsds/datapackage.json',
  manifest: '/manifest.webmanifest',
  serviceWorker: '/sw.js',
  pagefind: '/pagefind/pagefind.js',
  icon: '/icon.svg',
  icon192: '/icon-192.png',
  icon512: '/icon-512.png',
} as const;

export type RouteName = keyof typeof routes;

/** Pages made from content, by slug. */
export const routeOf = {
  chapter: (slug: string) => `${routes.handbook}${slug}/`,
  migrationTopic: (slug: string) => `${routes.migration}${slug}/`,
  lesson: (slug: string) => `${routes.course}${slug}/`,
  hotlineTopic: (slug: string) => `${routes.hotlines}${slug}/`,
  page: (slug: string) => `/${slug}/`,
  province: (province: string) => `${routes.directory}${province}/`,
  provincePrint: (province: string) => `${routes.directory}${province}/ban-in/`,
  provider: (province: string, provider: string) => `${routes.directory}${province}/${provider}/`,
  /** The offline bundle of a locale: the list of files "Save for offline" fetches. */
  offlineBundle: (locale: string) => `/offline/${locale}.json`,
  /** What the reader saved for offline, kept in the saved cache. */
  savedRecord: (locale: string) => `/offline/${locale}.saved.json`,
} as const;

/** A route as a folder or file inside dist/: '/so-tay/' → 'so-tay/', '/' → ''. */
export function builtDir(path: string): string {
  return path.slice(1);
}
