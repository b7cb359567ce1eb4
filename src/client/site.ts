// The site's one script, loaded by every page (src/layouts/BaseLayout.astro).
// One file, not one per component: on a phone with a 400 ms round trip each
// extra file cost a request before the page settled, and thirteen small files
// cost more than the bytes of all of them. It is cached once for every page.
//
// Each behaviour looks for its own elements and does nothing on a page without
// them. They start one by one, quick exit first, and a behaviour that fails
// is logged and skipped, so a fault in one never takes quick exit or the
// others down with it.
import { startDirectoryCount } from './directory-count.ts';
import { startHeaderSearch } from './header-search.ts';
import { startListen } from './listen.ts';
import { startMenu } from './menu.ts';
import { startOfflineBanner } from './offline-banner.ts';
import { startPrint } from './print.ts';
import { startProvinceFilter } from './province-filter.ts';
import { startQuickExit } from './quick-exit.ts';
import { startRemoveSaved } from './remove-saved.ts';
import { startSaveOffline } from './save-offline.ts';
import { startSavedPages } from './saved-pages.ts';
import { startSearch } from './search.ts';
import { registerServiceWorker } from './service-worker.ts';

const behaviours: (() => void | Promise<void>)[] = [
  startQuickExit,
  startMenu,
  startHeaderSearch,
  startOfflineBanner,
  startPrint,
  startListen,
  startSearch,
  startProvinceFilter,
  startDirectoryCount,
  startSaveOffline,
  startSavedPages,
  startRemoveSaved,
  registerServiceWorker,
];

for (const start of behaviours) {
  try {
    void Promise.resolve(start()).catch((error: unknown) => console.error(error));
  } catch (error) {
    console.error(error);
  }
}
