// The header search box and the search page hand the reader's words over
// in this tab's session storage instead of the address (?q=…), so the words
// never reach the phone's history, the host's logs or any cache. Without
// JavaScript the form still works through the address (the safety page says
// so). Session storage lives only as long as the tab, and the search page
// deletes the words as soon as it has read them. The same goes for the search
// kept for the trip Back from a result (src/lib/search-return.ts).
import {
  keptSearch,
  SEARCH_RETURN_KEY,
  searchToRestore,
  type SearchState,
} from '../lib/search-return.ts';

export type { SearchState };

const KEY = 've-nha-q';

export function handOverQuery(words: string): void {
  sessionStorage.setItem(KEY, words);
}

export function takeHandedOverQuery(): string | undefined {
  try {
    const words = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return words ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a search for the reader's trip Back from the result she opens. */
export function keepSearchToComeBackTo(state: SearchState): void {
  try {
    sessionStorage.setItem(SEARCH_RETURN_KEY, keptSearch(state, Date.now()));
  } catch {
    // Storage blocked: Back shows an empty search, as without this.
  }
}

/** The kept search if the reader came Back for it; deleted either way. */
export function takeSearchToComeBackTo(cameBack: boolean): SearchState | undefined {
  try {
    const stored = sessionStorage.getItem(SEARCH_RETURN_KEY);
    sessionStorage.removeItem(SEARCH_RETURN_KEY);
    return searchToRestore(stored, Date.now(), cameBack);
  } catch {
    return undefined;
  }
}

/** Whether this page was reached with Back or Forward. */
export function isBackNavigation(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'back_forward';
}
