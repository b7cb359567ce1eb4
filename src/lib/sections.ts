import { routes } from './routes.ts';
/** The parts of the site a search can be narrowed to. */
export const sections = ['handbook', 'migration', 'hotlines', 'directory', 'safety'] as const;
export type Section = (typeof sections)[number];

const prefixes: [string, Section][] = [
  [routes.handbook, 'handbook'],
  [routes.migration, 'migration'],
  [routes.hotlines, 'hotlines'],
  [routes.directory, 'directory'],
  [routes.safety, 'safety'],
];

/** The section of a locale-free path, or undefined for pages outside the sections. */
export function sectionOf(path: string): Section | undefined {
  return prefixes.find(([prefix]) => path.startsWith(prefix))?.[1];
}
