// What "Save for offline" records about a save, kept beside the saved files
// in the same cache, so the phone can say what is saved, when and how large
// without a connection, and remove it all again.
import { routeOf } from './routes.ts';
import type { FileEntry } from './offline-bundle.ts';

export interface SavedRecord {
  locale: string;
  /** When the reader saved (ISO 8601). */
  savedAt: string;
  /** The province chosen: an id, "*" for every province, "" for none. */
  province: string;
  /** The province as the reader saw it in the list, for "also saved: …". */
  provinceLabel: string;
  bytes: number;
  /** Every file saved, so an update or removal knows what to delete. */
  files: string[];
  /**
   * The content hash of each saved file that has one (see FileEntry.hash),
   * so an update fetches only the files that changed. Missing in records
   * made before hashes existed: their next update fetches everything once.
   */
  hashes?: Record<string, string>;
  /** The pages saved, with their headings, for the offline page's list. */
  pages: { url: string; title: string }[];
}

/** Where the record of a language's save is kept in the saved cache. */
export function savedRecordKey(locale: string): string {
  return routeOf.savedRecord(locale);
}

/** The record of a save of these files. */
export function savedRecord(
  locale: string,
  province: { id: string; label: string },
  files: FileEntry[],
  savedAt: Date,
): SavedRecord {
  return {
    locale,
    savedAt: savedAt.toISOString(),
    province: province.id,
    provinceLabel: province.id ? province.label : '',
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files: files.map((f) => f.url),
    hashes: Object.fromEntries(files.flatMap((f) => (f.hash ? [[f.url, f.hash]] : []))),
    pages: files.flatMap((f) => (f.title ? [{ url: f.url, title: f.title }] : [])),
  };
}

/** Files saved before that an update no longer needs (another language's files are left alone). */
export function filesNoLongerNeeded(before: SavedRecord, after: SavedRecord): string[] {
  const keep = new Set(after.files);
  return before.files.filter((url) => !keep.has(url));
}

/**
 * The files a save must download: those not saved before, and those whose
 * content changed since (a different hash). A file whose name carries its
 * hash (no `hash`) is the same file as long as its address is.
 */
export function filesToFetch(before: SavedRecord | undefined, files: FileEntry[]): FileEntry[] {
  if (!before?.hashes) return files;
  const saved = new Set(before.files);
  const hashes = before.hashes;
  return files.filter(
    (f) => !saved.has(f.url) || (f.hash !== undefined && hashes[f.url] !== f.hash),
  );
}
