// The header search box and the search page hand the reader's words over
// in this tab's session storage instead of the address (?q=…), so the words
// never reach the phone's history, the host's logs or any cache. Without
// JavaScript the form still works through the address (the safety page says
// so). Session storage lives only as long as the tab, and the search page
// deletes the words as soon as it has read them.
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
