import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHES_FILE } from './security-headers.ts';
import { serve, type RunningServer } from './serve.ts';

// A site folder with a secret in a neighbouring folder whose name starts the same.
const parent = mkdtempSync(join(tmpdir(), 've-nha-serve-'));
const site = join(parent, 'dist');
let server: RunningServer;
beforeAll(async () => {
  mkdirSync(join(site, 'so-tay'), { recursive: true });
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist-old', 'secret.txt'), 'SECRET');
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(site, 'so-tay', 'index.html'), '<h1>book</h1>');
  writeFileSync(join(site, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(site, HASHES_FILE), JSON.stringify({ scripts: [], styles: [] }));
  server = await serve(site);
});
afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) =>
  fetch(server.url + path, { redirect: 'manual', ...init });

describe('the local server', () => {
  it('answers bad requests without crashing, and serves nothing outside its folder', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const sibling = await get('/..%2fdist-old%2fsecret.txt');
    expect(sibling.status).toBe(404);
    expect(await sibling.text()).not.toContain('SECRET');
    expect((await get(`/${HASHES_FILE}`)).status).toBe(404);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    // Still up after all that.
    expect((await get('/so-tay/')).status).toBe(200);
  });

  it('redirects a folder to its slash on this site only, and sends the header policy', async () => {
    // Once "//so-tay/", an address on another host; now it stays encoded, on this site.
    const redirect = await get('/%2Fso-tay');
    expect(redirect.headers.get('location')).toBe('/%2Fso-tay/');
    const folder = await get('/so-tay');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/so-tay/');
    const page = await get('/so-tay/');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const missing = await get('/nowhere/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not found');
  });
});
