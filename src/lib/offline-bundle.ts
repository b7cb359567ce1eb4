/** One file of a "Save for offline" bundle (see scripts/offline-bundles.ts). */
export interface FileEntry {
  url: string;
  bytes: number;
  /**
   * A short hash of the file's content, so an update fetches only what
   * changed. Left out for files whose name already carries one (see
   * isHashedPath): a new content gets a new name.
   */
  hash?: string;
  /** A page's heading (pages only), for the list of saved pages. */
  title?: string;
}

export interface OfflineBundle {
  locale: string;
  builtAt: string;
  /** Bytes of the files always saved (without any province). */
  bytes: number;
  files: FileEntry[];
  /** Each province's pages, saved when the reader picks it (or all of them). */
  provinces: Record<string, { bytes: number; files: FileEntry[] }>;
}

/** The files to save: the always-saved ones plus the chosen province ("*" for all, "" for none). */
export function chosenFiles(bundle: OfflineBundle, province: string): FileEntry[] {
  const extra =
    province === '*'
      ? Object.values(bundle.provinces).flatMap((p) => p.files)
      : (bundle.provinces[province]?.files ?? []);
  return [...bundle.files, ...extra];
}
