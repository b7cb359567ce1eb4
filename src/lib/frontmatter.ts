// The one way this project reads the front matter of an MDX or Markdown file:
// the content check, the import, the readability tools and the tests all call
// readFrontmatter(), so a file saved with Windows line ends (CRLF) or a byte
// order mark reads the same everywhere. The YAML itself is parsed by the
// `yaml` package, as everywhere else in the project. (Astro's own parser,
// `parseFrontmatter` in `astro/markdown`, is not part of its documented API
// and uses js-yaml, which turns dates into Date objects.)
import { parse } from 'yaml';

/** A file split at its front matter. */
export interface FrontmatterParts {
  /** The YAML text between the opening and closing `---` lines, as written ('' when there is none). */
  yaml: string;
  /** Everything after the closing `---` line (the whole text when there is no front matter). */
  body: string;
  /** Whether the file opens with a front-matter block. */
  found: boolean;
}

/** `---` on the first line, then YAML, then `---` on a line of its own (LF or CRLF). */
const block = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Split a file into its front matter (YAML text) and body, without parsing the YAML. */
export function splitFrontmatter(text: string): FrontmatterParts {
  const match = block.exec(text);
  if (!match) return { yaml: '', body: text.replace(/^\uFEFF/, ''), found: false };
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), found: true };
}

/**
 * Read a file's front matter: the parsed data (an empty object when the file
 * has none or it is empty), its YAML text and the body. Broken YAML throws
 * the parser's error, with its line and column.
 */
export function readFrontmatter<T = Record<string, unknown>>(
  text: string,
): FrontmatterParts & { data: T } {
  const parts = splitFrontmatter(text);
  const data: unknown = parts.yaml.trim() ? parse(parts.yaml) : {};
  return { ...parts, data: (data ?? {}) as T };
}
