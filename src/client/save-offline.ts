// "Save for offline": shows the size first and saves only when asked; once
// saved, says what is saved, when and how large, with Update and Remove.
// Announces the start and the end once each (never file by file), and keeps
// focus where the reader is: the pressed button stays focused while saving
// (aria-disabled, not disabled, which would drop focus to the page), and when
// Save gives way to Update, focus moves to Update, the button in its place.
import { fillTemplate, formatBytes } from '../lib/template.ts';
import { chosenFiles, type FileEntry, type OfflineBundle } from '../lib/offline-bundle.ts';
import { filesNoLongerNeeded, filesToFetch, savedRecord, type SavedRecord } from '../lib/saved.ts';
import { REVISION_HEADER, SAVED_CACHE, SHELL_CACHE } from '../lib/offline-paths.ts';
import {
  formatSavedDate,
  readSavedRecord,
  removeEverythingSaved,
  writeSavedRecord,
} from './saved-store.ts';

/** Runs the Save for offline panel when the page has one. */
export function startSaveOffline(): void {
  const root = document.querySelector<HTMLElement>('[data-save-offline]');
  if (root && 'caches' in window && 'serviceWorker' in navigator) {
    const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
    const locale = root.dataset.locale!;
    const lang = document.documentElement.lang;
    const el = <T extends HTMLElement>(name: string) =>
      root.querySelector<T>(`[data-save-${name}]`)!;
    const unsaved = el('unsaved');
    const saved = el('saved');
    const text = el('text');
    const savedText = el('saved-text');
    const button = el<HTMLButtonElement>('button');
    const update = el<HTMLButtonElement>('update');
    const remove = el<HTMLButtonElement>('remove');
    const progress = el<HTMLProgressElement>('progress');
    const status = el('status');
    const select = el<HTMLSelectElement>('province');
    let bundle: OfflineBundle | undefined;
    let busy = false;
    const actions = [button, update, remove];
    const setBusy = (value: boolean) => {
      busy = value;
      for (const action of actions) action.setAttribute('aria-disabled', String(value));
    };

    const show = (record: SavedRecord | undefined) => {
      unsaved.hidden = !!record || !bundle;
      saved.hidden = !record;
      root.hidden = unsaved.hidden && saved.hidden;
      root.dataset.saved = String(!!record);
      if (!record) return;
      const parts = [
        fillTemplate(messages.saved!, {
          date: formatSavedDate(record.savedAt, lang),
          size: formatBytes(record.bytes, lang),
        }),
      ];
      if (record.provinceLabel)
        parts.push(fillTemplate(messages.savedProvince!, { province: record.provinceLabel }));
      savedText.textContent = parts.join(' ');
      // Updating needs the network and the current list of files.
      update.hidden = !bundle;
    };

    const showSize = () => {
      if (!bundle) return;
      const bytes = chosenFiles(bundle, select.value).reduce((sum, f) => sum + f.bytes, 0);
      text.textContent = fillTemplate(messages.text!, { size: formatBytes(bytes, lang) });
    };

    /**
     * A copy the phone already holds of exactly this file, so it need not be
     * downloaded again: a shell page the worker kept at the first visit with
     * the same hash, or any kept copy of a file whose name carries its hash
     * (the worker keeps the site's styles and scripts).
     */
    async function keptCopy(file: FileEntry): Promise<Response | undefined> {
      if (file.hash === undefined) return caches.match(file.url, { ignoreSearch: true });
      const shell = await caches.match(file.url, { cacheName: SHELL_CACHE });
      return shell?.headers.get(REVISION_HEADER) === file.hash ? shell : undefined;
    }

    const save = async (province: string, provinceLabel: string): Promise<void> => {
      if (!bundle || busy) return;
      setBusy(true);
      const files: FileEntry[] = chosenFiles(bundle, province);
      const before = await readSavedRecord(locale);
      progress.value = 0;
      progress.hidden = false;
      status.textContent = messages.saving!;
      // Ask the browser not to clear what the reader chose to keep.
      await navigator.storage?.persist?.().catch(() => false);
      let message = messages.failed!;
      try {
        const cache = await caches.open(SAVED_CACHE);
        // An update downloads only the files that changed, were added, or that
        // the browser dropped from the cache since: data costs the reader money.
        const changed = new Set(filesToFetch(before, files));
        const missing = await Promise.all(
          files.map(async (f) => !changed.has(f) && !(await cache.match(f.url))),
        );
        const toFetch = files.filter((f, i) => changed.has(f) || missing[i]);
        progress.max = Math.max(toFetch.length, 1);
        for (const file of toFetch) {
          const response = (await keptCopy(file)) ?? (await fetch(file.url, { cache: 'no-cache' }));
          if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
          await cache.put(file.url, response);
          progress.value += 1;
        }
        const record = savedRecord(
          locale,
          { id: province, label: provinceLabel },
          files,
          new Date(),
        );
        if (before)
          await Promise.all(filesNoLongerNeeded(before, record).map((u) => cache.delete(u)));
        await writeSavedRecord(record);
        const hadFocus = root.contains(document.activeElement);
        show(record);
        // The Save button has gone: keep focus in the box, on Update in its place.
        if (hadFocus && button.offsetParent === null) update.focus();
        message = messages.done!;
      } catch {
        // The message says what to do; the half-filled bar would say otherwise.
      } finally {
        progress.hidden = true;
        setBusy(false);
      }
      // After any move of focus, so the screen reader says the button, then this.
      status.textContent = message;
    };

    button.addEventListener('click', () => {
      void save(select.value, select.selectedOptions[0]?.textContent?.trim() ?? '');
    });
    update.addEventListener('click', () => {
      void readSavedRecord(locale).then((r) => r && save(r.province, r.provinceLabel));
    });
    remove.addEventListener('click', () => {
      if (busy) return;
      void removeEverythingSaved().then(() => {
        show(undefined);
        status.textContent = messages.removed!;
        (unsaved.hidden ? root : button).focus();
      });
    });
    select.addEventListener('change', showSize);

    void readSavedRecord(locale).then(show);
    const loadBundle = () =>
      fetch(root.dataset.saveOffline!)
        .then((response) => response.json() as Promise<OfflineBundle>)
        .then(async (loaded) => {
          bundle = loaded;
          showSize();
          show(await readSavedRecord(locale));
        })
        .catch(() => {
          // Offline or not built: only what is already saved is shown.
        });
    // The list of files (7 KB gzipped) is asked for once the page has loaded, so on a
    // slow link it never competes with the page's own text for the first paint.
    if (document.readyState === 'complete') void loadBundle();
    else addEventListener('load', () => void loadBundle(), { once: true });
  }
}
