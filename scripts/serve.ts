// A small static server for dist/: used by `npm start` and by the browser
// tests. It sends the same headers as production (src/lib/security-headers.ts),
// so the tests see what readers get.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { headersFor, notFoundPages, type InlineHashes } from '../src/lib/security-headers.ts';
import { isMain } from './lib/step.ts';
import { HASHES_FILE } from './security-headers.ts';

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

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** The 404 page for a path: the language's own, or a bare one before the site is built. */
async function notFound(root: string, path: string): Promise<string> {
  const page = notFoundPages().find(({ prefix }) => path.startsWith(prefix));
  const html = page && (await readFile(join(root, page.file), 'utf8').catch(() => undefined));
  return html ?? '<!doctype html><html lang="vi"><title>404</title><p>404</p>';
}

/**
 * Serve a folder on 127.0.0.1 with the site's own header policy; port 0
 * picks a free port. A bad request gets 400, 404 or 405, never a crash, and
 * nothing outside the folder (or its header files) is ever served.
 */
export async function serve(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const root = resolve(dir);
  const hashes = JSON.parse(
    await readFile(join(root, HASHES_FILE), 'utf8').catch(() => {
      throw new Error(`${dir}/${HASHES_FILE} is missing: run npm run build first.`);
    }),
  ) as InlineHashes;
  const send = (res: ServerResponse, status: number, path: string, type: string) =>
    res.writeHead(status, { 'Content-Type': type, ...headersFor(path, hashes) });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, '/', 'text/plain').end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, '/', 'text/plain').end();
      return;
    }
    const file = resolve(root, `.${path}`);
    const rel = relative(root, file);
    const hidden =
      rel.split(sep).some((part) => part.startsWith('.')) ||
      rel === '_headers' ||
      rel === HASHES_FILE;
    if (rel.startsWith('..') || isAbsolute(rel) || path.includes('\0') || hidden) {
      send(res, 404, path, types['.html']!).end(await notFound(root, '/'));
      return;
    }
    let target = file;
    try {
      const info = await stat(target);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          // Keep the address as it came (still encoded), on this site only.
          const location = `/${url.pathname.replace(/^\/+/, '')}/${url.search}`;
          res.writeHead(301, { Location: location, ...headersFor(path, hashes) }).end();
          return;
        }
        target = join(target, 'index.html');
        await stat(target);
      }
    } catch {
      send(res, 404, path, types['.html']!).end(await notFound(root, path));
      return;
    }
    send(
      res,
      200,
      path.endsWith('/') ? `${path}index.html` : path,
      types[extname(target)] ?? 'application/octet-stream',
    );
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(target).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
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
