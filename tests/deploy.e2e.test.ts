// The generated nginx server (deploy/nginx.conf's template) really works:
// nginx accepts it, serves dist/ over https with every header on pages,
// assets and the worker, scripts and styles load under nosniff and the
// header CSP, the search page is never stored, and each language has its 404.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHES_FILE } from '../scripts/security-headers.ts';
import { localizePath } from '../src/lib/paths.ts';
import { routes } from '../src/lib/routes.ts';
import { nginxConf, securityHeaders, type InlineHashes } from '../src/lib/security-headers.ts';
import { chromiumArgs } from './support/browser.ts';
import { chromiumPath } from './support/require-chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 've-nha-nginx-'));
const hashes = JSON.parse(readFileSync(`dist/${HASHES_FILE}`, 'utf8')) as InlineHashes;
let nginx: ChildProcess;
let browser: Browser;
let origin: string;
let plainOrigin: string;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
      ...['-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`],
    ],
    { stdio: 'pipe' },
  );
  const server = nginxConf(hashes, {
    serverName: 'localhost',
    root: resolve('dist'),
    certificate: `${dir}/cert.pem`,
    certificateKey: `${dir}/key.pem`,
    httpsPort,
    httpPort,
  });
  // The server block as deployed, inside the smallest main configuration nginx needs.
  const temp = (name: string) => `${name}_temp_path ${dir}/${name};`;
  writeFileSync(
    `${dir}/nginx.conf`,
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${server}
}
`,
  );
  execFileSync('/usr/sbin/nginx', ['-t', '-p', dir, '-c', `${dir}/nginx.conf`], { stdio: 'pipe' });
  nginx = spawn('/usr/sbin/nginx', ['-p', dir, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  origin = `https://localhost:${httpsPort}`;
  plainOrigin = `http://localhost:${httpPort}`;
  for (let i = 0; i < 50; i += 1) {
    const up = await fetch(origin, { method: 'HEAD' }).catch(() => undefined);
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  nginx?.kill();
  rmSync(dir, { recursive: true, force: true });
});

// Node's fetch would refuse the throwaway certificate.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const expected = securityHeaders(hashes);

describe('deploy/nginx.conf', () => {
  it('sends every security header on pages, assets, the worker and 404s', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const cases: [string, number, string][] = [
      [routes.home, 200, 'no-cache'],
      [routes.handbook, 200, 'no-cache'],
      [routes.search, 200, 'no-store'],
      [localizePath('en', routes.search), 200, 'no-store'],
      [css, 200, 'public, max-age=31536000, immutable'],
      [routes.serviceWorker, 200, 'no-cache'],
      ['/nowhere/', 404, 'no-cache'],
      [localizePath('en', '/nowhere/'), 404, 'no-cache'],
    ];
    const problems: string[] = [];
    for (const [path, status, cache] of cases) {
      const response = await fetch(origin + path);
      if (response.status !== status) problems.push(`${path}: status ${response.status}`);
      const headers = { ...expected, 'Cache-Control': cache };
      for (const [name, value] of Object.entries(headers)) {
        if (response.headers.get(name) !== value)
          problems.push(`${path}: ${name} is ${response.headers.get(name)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await (await fetch(`${origin}${localizePath('en', '/nowhere/')}`)).text()).toContain(
      'Page not found',
    );
    // Text is sent compressed: readers pay for every byte.
    for (const path of [routes.home, css]) {
      const response = await fetch(origin + path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
    }
    // Plain http only redirects to https: nothing is read over an open connection.
    const plain = await fetch(`${plainOrigin}${routes.handbook}`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe(`https://localhost${routes.handbook}`);
  });

  it('serves a site that works in Chromium under the header policy and nosniff', async () => {
    // Chromium registers no service worker on a certificate it had to be told to accept.
    const ctx = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await ctx.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused/.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}${routes.home}`);
    // Styles applied: the call strip is laid out, not default black-on-white text.
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled).not.toBe('"Times New Roman"');
    // Scripts ran: the save box is un-hidden by its script after fetching its list.
    await expect.poll(() => page.locator('[data-save-offline]').isVisible()).toBe(true);
    await page.goto(`${origin}${routes.search}`);
    await page.locator('form[data-search] input[name="q"]').fill('111');
    await page.locator('form[data-search] input[name="q"]').press('Enter');
    await expect
      .poll(() => page.locator('[data-search-results] li').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await ctx.close();
  });
});
