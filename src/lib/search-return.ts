// What the search page keeps for the reader's trip Back from a result, and
// when it may use it. The brief says search words never stay on the phone;
// the accessibility audit (S2-6) says Back must not make her type them again.
// Both hold: the words are kept in this tab's session storage only from the
// moment she opens a result; the search page reads and deletes them on its
// next load (restoring them only if she came Back within the window); any page
// opened after the window deletes them; quick exit deletes them at once; and
// session storage ends with the tab.

export interface SearchState {
  q: string;
  section: string;
  province: string;
  type: string;
}

/** How long a kept search waits for the reader to come Back. */
export const RETURN_WINDOW_MS = 10 * 60 * 1000;

/** The session-storage key of the kept search (quick exit deletes it). */
export const SEARCH_RETURN_KEY = 've-nha-search-back';

/** Whether a stored entry has outlived the window (or cannot be read): delete it. */
export function isExpired(stored: string | null, now: number): boolean {
  if (!stored) return false;
  try {
    const at = (JSON.parse(stored) as { at?: unknown }).at;
    return typeof at !== 'number' || now - at > RETURN_WINDOW_MS || now < at;
  } catch {
    return true;
  }
}

/** The stored form: the search and when it was kept. */
export function keptSearch(state: SearchState, now: number): string {
  return JSON.stringify({ ...state, at: now });
}

/**
 * The search to restore, or undefined: only when the page was reached by
 * Back or Forward, within the window, from a well-formed entry.
 * @example searchToRestore(keptSearch({ q: 'ho chieu', section: '', province: '', type: '' }, 0), 1000, true)?.q // 'ho chieu'
 */
export function searchToRestore(
  stored: string | null,
  now: number,
  cameBack: boolean,
): SearchState | undefined {
  if (!stored || !cameBack) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const fields = ['q', 'section', 'province', 'type'] as const;
  if (!fields.every((f) => typeof v[f] === 'string') || typeof v.at !== 'number') return undefined;
  if (now - v.at < 0 || now - v.at > RETURN_WINDOW_MS) return undefined;
  return {
    q: v.q as string,
    section: v.section as string,
    province: v.province as string,
    type: v.type as string,
  };
}
