// A small static server for dist/: used by `npm start` and by the browser
// tests. It sends the caching headers the deployment guide asks hosts for.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { isMain } from './lib/step.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** Cache-Control for a served path: never cache the worker, revalidate HTML, keep hashed files. */
export function cacheControl(path: string): string {
  if (path === '/sw.js') return 'no-store';
  if (path.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (path.endsWith('.html') || path.endsWith('/')) return 'no-cache';
  return 'public, max-age=0, must-revalidate';
}

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** Serve a folder on 127.0.0.1; port 0 picks a free port. */
export async function serve(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let target = file;
    try {
      const info = await stat(target);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${path}/${url.search}` }).end();
          return;
        }
        target = join(target, 'index.html');
        await stat(target);
      }
    } catch {
      res.writeHead(404, { 'Content-Type': types['.html']!, 'Cache-Control': 'no-cache' });
      res.end(
        '<!doctype html><html lang="vi"><title>404</title><p>Không tìm thấy trang. <a href="/">Trang chủ</a></p>',
      );
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    res.writeHead(200, {
      'Content-Type': types[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(path),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (isMain(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const running = await serve('dist', port, process.env.HOST ?? '127.0.0.1');
  console.log(`Serving dist/ at http://localhost:${running.port}/ (Ctrl+C to stop)`);
}
