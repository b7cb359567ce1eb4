import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
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
  mkdirSync(join(site, '\\evil.example'));
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist-old', 'secret.txt'), 'SECRET');
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(site, 'so-tay', 'index.html'), '<h1>book</h1>');
  writeFileSync(join(site, '404.html'), '<h1>not found</h1>');
  mkdirSync(join(site, 'en'));
  writeFileSync(join(site, 'en', '404.html'), '<h1>English not found</h1>');
  writeFileSync(join(site, '.env'), 'HIDDEN');
  writeFileSync(join(site, '_headers'), '/*');
  writeFileSync(join(site, 'dich-vu.csv'), 'tên\nNhà\n');
  writeFileSync(join(site, HASHES_FILE), JSON.stringify({ scripts: [], styles: [] }));
  server = await serve(site);
});
afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) =>
  fetch(server.url + path, { redirect: 'manual', ...init });

/** Send a request line exactly as written (fetch would tidy "/../" away); resolve with the status line. */
const raw = (target: string) =>
  new Promise<string>((done, fail) => {
    const socket = connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('end', () => done(answer));
    socket.on('error', fail);
  });

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

  it('refuses a raw "/../" path, encoded or not, and hidden or header files', async () => {
    for (const target of [
      '/../dist-old/secret.txt',
      '/..%2fdist-old%2fsecret.txt',
      '/%2e%2e/dist-old/secret.txt',
      '/so-tay/../../dist-old/secret.txt',
      '/..\\dist-old\\secret.txt',
    ]) {
      const answer = await raw(target);
      expect(answer, target).toMatch(/^HTTP\/1\.1 40[04] /);
      expect(answer, target).not.toContain('SECRET');
    }
    const dotfile = await get('/.env');
    expect(dotfile.status).toBe(404);
    expect(await dotfile.text()).not.toContain('HIDDEN');
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/so-tay/')).status).toBe(200);
  });

  it('survives a very long address, a NUL byte and a strange Range, and answers HEAD', async () => {
    expect((await get(`/${'a'.repeat(20_000)}`)).status).toBe(431);
    expect((await get(`/so-tay/${'%E0'.repeat(2_000)}`)).status).toBe(400);
    expect((await get('/so-tay/%00index.html')).status).toBe(404);
    for (const range of ['bytes=5-2', 'bytes=-3', 'bytes=x-y', 'bytes=0-1,3-4', 'bytes=999-']) {
      const answer = await get('/index.html', { headers: { range } });
      expect([200, 416], range).toContain(answer.status);
    }
    const part = await get('/index.html', { headers: { range: 'bytes=0-3' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('<h1>');
    const head = await get('/so-tay/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toContain('text/html');
    expect(head.headers.get('cache-control')).toBe('no-cache');
    expect(await head.text()).toBe('');
    expect((await get('/so-tay/')).status).toBe(200);
  });

  it('serves a CSV as UTF-8 and each language its own 404 page', async () => {
    const csv = await get('/dich-vu.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain('Nhà');
    const english = await get('/en/nowhere/');
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('English not found');
  });

  it('redirects a folder to its slash on this site only, and sends the header policy', async () => {
    // Once "//so-tay/", an address on another host; now it stays encoded, on this site.
    const redirect = await get('/%2Fso-tay');
    expect(redirect.headers.get('location')).toBe('/%2Fso-tay/');
    // A folder whose name starts with a backslash: "/\\evil.example/" would leave the site.
    expect(await raw('/\\evil.example')).toMatch(/\r\nLocation: \/evil\.example\/\r\n/i);
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
