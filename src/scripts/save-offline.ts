// Saves the reader's language for offline use, only when they ask.
import { fillTemplate, formatBytes } from '../lib/template.ts';
import { chosenFiles, type FileEntry, type OfflineBundle } from '../lib/offline-bundle.ts';
import { SAVED_CACHE } from '../sw/paths.ts';

const root = document.querySelector<HTMLElement>('[data-save-offline]');
if (root && 'caches' in window && 'serviceWorker' in navigator) {
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Record<string, string>;
  const text = root.querySelector<HTMLElement>('[data-save-text]')!;
  const button = root.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const select = root.querySelector<HTMLSelectElement>('[data-save-province]')!;
  const lang = document.documentElement.lang;

  fetch(root.dataset.saveOffline!)
    .then((response) => response.json() as Promise<OfflineBundle>)
    .then((bundle) => {
      const files = () => chosenFiles(bundle, select.value);
      const showSize = () => {
        const bytes = files().reduce((sum, f) => sum + f.bytes, 0);
        text.textContent = fillTemplate(messages.text!, { size: formatBytes(bytes, lang) });
      };
      showSize();
      select.addEventListener('change', showSize);
      root.hidden = false;
      button.addEventListener('click', () => void save(files()));
    })
    .catch(() => {
      // Offline or not built: the control stays hidden.
    });

  async function save(files: FileEntry[]): Promise<void> {
    button.disabled = true;
    progress.hidden = false;
    progress.max = files.length;
    // Ask the browser not to clear what the reader chose to keep.
    await navigator.storage?.persist?.().catch(() => false);
    const cache = await caches.open(SAVED_CACHE);
    let done = 0;
    try {
      for (const file of files) {
        const response = await fetch(file.url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        done += 1;
        progress.value = done;
        // Announce now and then, not on every file, so screen readers are not flooded.
        if (done === 1 || done % 20 === 0) {
          status.textContent = fillTemplate(messages.progress!, {
            done,
            total: files.length,
          });
        }
      }
      status.textContent = messages.done!;
      root!.dataset.saved = 'true';
    } catch {
      status.textContent = messages.failed!;
      button.disabled = false;
    }
  }
}
