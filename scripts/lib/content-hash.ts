import { createHash } from 'node:crypto';

/**
 * Twelve hex digits of SHA-256: enough to tell one version of a file from the
 * next. The offline bundles' `hash` and the service worker's revisions are
 * both this, so "Save for offline" can tell that a page the worker already
 * keeps is the one it would download.
 */
export function contentHash(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}
