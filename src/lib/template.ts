/**
 * Fill a UI string's {placeholders} in the browser, where the typed
 * dictionary functions are not available. A missing value is an error, so a
 * mistyped placeholder never reaches a reader as "{size}".
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (!(key in values)) throw new Error(`Missing value for {${key}} in "${template}"`);
    return String(values[key]);
  });
}

/** A byte count as a reader's locale writes it, e.g. "1,2 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  const [value, unit] = mb >= 1 ? [mb, 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    value,
  );
}
