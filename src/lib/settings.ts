/**
 * The settings a publisher sets when building (environment variables):
 * - SITE_URL: the public https address; canonical links, the sitemap, QR
 *   codes and printed addresses use it;
 * - EDITORS_CONTACT: where "report a mistake or suggest a service" goes, an
 *   e-mail address or an https page.
 * A build for publishing (PUBLISH=1) stops without them; a local preview
 * only warns, and its links then point at localhost and /to-chuc/.
 */
export interface SettingsEnv {
  SITE_URL?: string | undefined;
  EDITORS_CONTACT?: string | undefined;
  PUBLISH?: string | undefined;
}

/** Where the report link goes, or undefined if the setting is missing or malformed. */
export function contactHref(contact: string | undefined): string | undefined {
  const value = contact?.trim();
  if (!value) return undefined;
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
  if (/^https:\/\/\S+$/.test(value)) return value;
  return undefined;
}

/** What is wrong with the settings: errors stop a publishing build; warnings are printed. */
export function checkSettings(env: SettingsEnv): { errors: string[]; warnings: string[] } {
  const problems: string[] = [];
  if (!env.SITE_URL) {
    problems.push(
      'SITE_URL is not set: QR codes and printed addresses would point at localhost. Set it to the public address, e.g. SITE_URL=https://venha.example.org npm run build',
    );
  } else if (!/^https:\/\/[^/\s]+\/?$/.test(env.SITE_URL)) {
    problems.push(
      `SITE_URL "${env.SITE_URL}" must be the site's https address with no path, e.g. https://venha.example.org`,
    );
  }
  if (!env.EDITORS_CONTACT) {
    problems.push(
      'EDITORS_CONTACT is not set: readers could not report a mistake or suggest a service. Set it to the editors’ e-mail address or an https page, e.g. EDITORS_CONTACT=bientap@example.org',
    );
  } else if (!contactHref(env.EDITORS_CONTACT)) {
    problems.push(
      `EDITORS_CONTACT "${env.EDITORS_CONTACT}" is neither an e-mail address nor an https address.`,
    );
  }
  return env.PUBLISH === '1'
    ? { errors: problems, warnings: [] }
    : { errors: [], warnings: problems };
}
