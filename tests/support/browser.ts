// Launch Debian's Chromium through playwright-core and serve dist/ on a free
// loopback port. Every test file gets its own server and browser and closes them.
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { serve, type RunningServer } from '../../scripts/serve.ts';
import { chromiumPath } from './require-chromium.ts';

// Without the background-networking flags Chromium keeps calling hosts it cannot reach.
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface Harness {
  browser: Browser;
  server: RunningServer;
  /** A fresh context that records every request to a host other than the site's own. */
  context: (
    options?: BrowserContextOptions,
  ) => Promise<BrowserContext & { foreignRequests: string[] }>;
  close: () => Promise<void>;
}

export async function startHarness(dir = 'dist'): Promise<Harness> {
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    async context(options = {}) {
      const ctx = await browser.newContext({ baseURL: server.url, ...options });
      contexts.push(ctx);
      const foreignRequests: string[] = [];
      const origin = new URL(server.url).origin;
      ctx.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      return Object.assign(ctx, { foreignRequests });
    },
    async close() {
      for (const ctx of contexts) await ctx.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/** A page of `path` controlled by the site's service worker (reloaded once if the worker was new). */
export async function controlledPage(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller))) await page.reload();
  return page;
}
