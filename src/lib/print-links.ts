// On paper a link cannot be tapped, so print CSS writes its address after it.
// A bare path ("/so-tay/giay-to/") means nothing on paper: each link inside
// <main> that points into the site gets its full address (from the site's
// public URL) in data-print-href, which print CSS shows. Run on every page by
// src/middleware.ts at build time; no script runs in the reader's browser.

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const unescapeAttr = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The page's HTML with data-print-href on every in-site link inside <main>. */
export function addPrintAddresses(html: string, site: URL | string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const inner = html
    .slice(start, end)
    .replace(
      /<a\b([^>]*?)\shref="(\/(?!\/)[^"]*)"([^>]*)>/g,
      (tag: string, before: string, href: string, after: string) => {
        if (tag.includes('data-print-href=')) return tag;
        const full = new URL(unescapeAttr(href), site).href;
        return `<a${before} href="${href}" data-print-href="${escapeAttr(full)}"${after}>`;
      },
    );
  return html.slice(0, start) + inner + html.slice(end);
}
