// Reading and removing what the reader saved. Shared by the save box, the
// offline page's list and the safety page's "remove saved pages" button, so
// they agree on what is on the phone. Works offline: it touches only caches.
import { savedRecordKey, type SavedRecord } from '../lib/saved.ts';
import { FORGET_VISITS, SAVED_CACHE, VISITED_CACHE } from '../lib/offline-paths.ts';

/** The record of this language's save, or undefined if nothing is saved. */
export async function readSavedRecord(locale: string): Promise<SavedRecord | undefined> {
  if (!('caches' in window) || !(await caches.has(SAVED_CACHE))) return undefined;
  const response = await caches.match(savedRecordKey(locale), { cacheName: SAVED_CACHE });
  return response ? ((await response.json()) as SavedRecord) : undefined;
}

export async function writeSavedRecord(record: SavedRecord): Promise<void> {
  const cache = await caches.open(SAVED_CACHE);
  await cache.put(
    savedRecordKey(record.locale),
    new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }),
  );
}

/**
 * Removes every page saved in every language, and the pages kept from
 * reading: what a reader who fears the phone will be looked at wants.
 * The few pages every visitor gets at install stay (the safety page says so).
 */
export async function removeEverythingSaved(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: FORGET_VISITS });
  await Promise.all([caches.delete(SAVED_CACHE), caches.delete(VISITED_CACHE)]);
}

/** A date in the reader's language, e.g. "29 tháng 11, 2026". */
export function formatSavedDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
}
