/** Longest <title> a tab, the history list or a phone's task switcher shows whole. */
export const MAX_TITLE = 70;

/**
 * The <title> of a page: its own title, then the site's name. A long title
 * (an official name such as a provincial centre's) keeps its own words and
 * drops the site's name; one longer still is cut at a word, with "…".
 */
export function pageTitle(title: string, siteName: string): string {
  if (title === siteName) return siteName;
  const full = `${title} · ${siteName}`;
  if (full.length <= MAX_TITLE) return full;
  if (title.length <= MAX_TITLE) return title;
  const cut = title.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
