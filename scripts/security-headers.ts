// After the build: hash every inline script and style in dist/, check each
// page's own <meta> policy allows its inline code, and write the one header
// policy for every host (src/lib/security-headers.ts): dist/_headers,
// deploy/nginx.conf and dist/_inline-hashes.json for the local server. It
// also puts each language's 404 page where hosts look for it (<lang>/404.html).
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { parse } from 'node-html-parser';
import {
  nginxConf,
  netlifyHeaders,
  notFoundPages,
  type InlineHashes,
} from '../src/lib/security-headers.ts';
import { step } from './lib/step.ts';

export const HASHES_FILE = '_inline-hashes.json';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The inline scripts and styles of every page, and pages whose own policy would block one. */
export async function scanInline(distDir = 'dist'): Promise<InlineHashes & { problems: string[] }> {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  const files = (await readdir(distDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  for (const file of files.sort()) {
    const doc = parse(await readFile(`${distDir}/${file}`, 'utf8'));
    const policy =
      doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
      '';
    const check = (kind: string, hash: string) => {
      if (!policy.includes(`'${hash}'`))
        problems.push(`${file}: an inline ${kind} (${hash}) is not allowed by the page's policy`);
    };
    for (const script of doc.querySelectorAll('script:not([src])')) {
      const hash = sha256(script.rawText);
      scripts.add(hash);
      check('script', hash);
    }
    for (const style of doc.querySelectorAll('style')) {
      const hash = sha256(style.rawText);
      styles.add(hash);
      check('style', hash);
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), problems };
}

export async function writeSecurityHeaders(distDir = 'dist', nginxFile = 'deploy/nginx.conf') {
  const { problems, ...hashes } = await scanInline(distDir);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // Astro writes each language's 404 route as <lang>/404/index.html; hosts look for <lang>/404.html.
  for (const { prefix, file } of notFoundPages()) {
    await rename(`${distDir}${prefix}404/index.html`, `${distDir}${file}`);
    await rm(`${distDir}${prefix}404`, { recursive: true });
  }
  await writeFile(`${distDir}/${HASHES_FILE}`, JSON.stringify(hashes));
  await writeFile(`${distDir}/_headers`, netlifyHeaders(hashes));
  await writeFile(
    nginxFile,
    nginxConf(hashes, {
      serverName: 'example.org',
      root: '/var/www/ve-nha/dist',
      certificate: '/etc/letsencrypt/live/example.org/fullchain.pem',
      certificateKey: '/etc/letsencrypt/live/example.org/privkey.pem',
    }),
  );
  return hashes;
}

if (import.meta.main) {
  await step('security headers', async () => {
    const result = await writeSecurityHeaders();
    return {
      result,
      summary: `${result.scripts.length} inline scripts hashed; dist/_headers and deploy/nginx.conf written`,
    };
  });
}
