/** Prefix every id attribute and every same-page #link in an HTML fragment. */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${prefix}-${id}"`)
    .replace(/\shref="#([^"]+)"/g, (_m, id: string) => ` href="#${prefix}-${id}"`);
}
