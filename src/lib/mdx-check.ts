// MDX is a programming language: `export const x = …` and `{…}` in a content
// file run in Node during the build, and raw HTML such as
// <meta http-equiv="refresh"> is published as it is. Content here is text:
// this check allows only Markdown, the components of
// src/components/content/index.ts with plain string props, and safe links.
// It parses with satteri, the MDX parser Astro 7 itself uses, so what it sees
// is what the build would compile. Run before every build by
// scripts/check-content.ts and by the import for provider descriptions.
import { mdxToMdast } from 'satteri';
import { findRevealingWordsInUrl } from './neutral.ts';

/** The components MDX authors may use, with the props each takes (all plain strings). */
export const allowedComponents: Record<string, readonly string[]> = {
  CallButton: ['id'],
  Callout: ['type', 'title'],
  Hotline: ['id'],
  HotlineList: ['country'],
  KeyPoints: [],
  Lang: ['code'],
  RemoveSavedPages: [],
  ServiceLink: ['type'],
  Steps: [],
  Term: ['id'],
};

/**
 * What a file may contain. `page`: any Markdown, the components above, links
 * to https:, tel:, mailto: or the site, and images from the site only.
 * `provider`: a provider's description is plain paragraphs with `<Hotline>`
 * numbers, nothing else (it is shown in lists and exported as open data).
 */
export type MdxProfile = 'page' | 'provider';

export interface MdxProblem {
  line: number;
  column: number;
  message: string;
}

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const providerNodeTypes = new Set([
  'root',
  'yaml',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'break',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
]);

/** A link target readers may follow: https, phone, email, or a page of this site. */
export function isAllowedLink(url: string): boolean {
  return /^(https:\/\/[^\s/]|tel:\+?[\d]|mailto:[^\s@]+@)/i.test(url) || isSiteRelative(url);
}

function isSiteRelative(url: string): boolean {
  return /^(\/(?![/\\])|#)/.test(url);
}

/** Every problem in one MDX file's text (front matter included, so lines match the file). */
export function checkMdx(text: string, profile: MdxProfile = 'page'): MdxProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text) as unknown as Node;
  } catch (error) {
    const message = (error as Error).message;
    const [, line = '1', column = '1', rest = message] =
      /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
    return [
      {
        line: Number(line),
        column: Number(column),
        message: `MDX cannot read this: ${rest.split('\n')[0]} Write "<" as "&lt;" and "{" as "\\{" if you mean the character, or close the component tag (<Hotline id="vn-111" />).`,
      },
    ];
  }
  const problems: MdxProblem[] = [];
  const at = (node: Node, message: string) =>
    problems.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message,
    });
  const visit = (node: Node) => {
    if (
      profile === 'provider' &&
      !providerNodeTypes.has(node.type) &&
      !node.type.startsWith('mdx')
    ) {
      const what =
        node.type === 'link' ? 'link' : node.type === 'image' ? 'image' : `Markdown ${node.type}`;
      at(
        node,
        `a provider description is plain paragraphs of text with <Hotline id="…" /> numbers; remove the ${what} (put web addresses in "sources" or "website").`,
      );
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          'an "import" or "export" line is program code, which would run during the build. Remove it: components are available without importing them.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        at(
          node,
          `"{${String(node.value).slice(0, 40)}}" is program code, which would run during the build. Remove the braces, or write "\\{" to show a brace.`,
        );
        break;
      case 'html':
        at(node, 'raw HTML is not allowed. Use Markdown, or a component from the editors’ guide.');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, profile, at);
        break;
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url ?? '')) {
          at(
            node,
            `the link "${node.url}" is not allowed. Link only to https:// addresses, tel:, mailto: or a page of this site starting with "/".`,
          );
        } else if (findRevealingWordsInUrl(node.url ?? '').length > 0) {
          // Tapping it would put a revealing address in the phone's history, out of quick exit's reach.
          at(
            node,
            `the link ${node.url} would put a revealing address in the phone's history. Cite it in "sources" (it is then shown as text to copy), or write it as plain text.`,
          );
        }
        break;
      case 'image':
        if (!isSiteRelative(node.url ?? '') || node.url?.startsWith('#')) {
          at(
            node,
            `the image "${node.url}" would load from another site, which tells it who reads this page. Put the image in public/ and write its path starting with "/".`,
          );
        }
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

function checkElement(node: Node, profile: MdxProfile, at: (node: Node, message: string) => void) {
  const name = node.name ?? '';
  const allowed = profile === 'provider' ? ['Hotline'] : Object.keys(allowedComponents);
  if (!allowed.includes(name)) {
    at(
      node,
      /^[a-z]/.test(name) || name === ''
        ? `raw HTML <${name}> is not allowed. Use Markdown instead (e.g. **bold**, [text](/page/)), or write "&lt;" to show "<".`
        : `<${name}> is not a component ${profile === 'provider' ? 'allowed in a provider description' : 'content may use'}. Use one of: ${allowed.join(', ')}.`,
    );
    return;
  }
  const props = allowedComponents[name] ?? [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      at(node, `<${name} {…}> is program code. Write each prop as name="text".`);
    } else if (!props.includes(attribute.name ?? '')) {
      at(
        node,
        `<${name}> takes ${props.length ? props.map((p) => `${p}="…"`).join(', ') : 'no props'}, not "${attribute.name}".`,
      );
    } else if (typeof attribute.value !== 'string') {
      at(
        node,
        `<${name} ${attribute.name}=…>: write the value as text in quotes, e.g. ${attribute.name}="vn-111".`,
      );
    }
  }
}
