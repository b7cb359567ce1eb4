// The static server for dist/: used by `npm start` and by the browser tests.
// sirv (the server Vite's preview uses) finds and streams the files; this
// file adds what is ours: the same headers and gzip as production
// (src/lib/security-headers.ts) so the tests and the benchmarks see what
// readers get, the
// folder-to-slash redirect, each language's 404 page, and guards that answer
// a bad request with 400, 404 or 405 instead of crashing.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, notFoundPages, type InlineHashes } from '../src/lib/security-headers.ts';
import { HASHES_FILE } from './security-headers.ts';

const html = 'text/html; charset=utf-8';

/**
 * Types sirv's table leaves without a charset or does not know: a CSV or text
 * file opened on its own must not be read as Latin-1, and Pagefind's index
 * files are plain bytes.
 */
const typeFixes: [RegExp, string][] = [
  [/\.csv$/, 'text/csv; charset=utf-8'],
  [/\.txt$/, 'text/plain; charset=utf-8'],
  [/\.(pf_\w+|pagefind)$/, 'application/octet-stream'],
];

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/** The 404 page for a path: the language's own, or a bare one before the site is built. */
async function notFound(root: string, path: string): Promise<string> {
  const page = notFoundPages().find(({ prefix }) => path.startsWith(prefix));
  const text = page && (await readFile(join(root, page.file), 'utf8').catch(() => undefined));
  return text ?? '<!doctype html><html lang="vi"><title>404</title><p>404</p>';
}

/** A Range header sirv can serve; anything else is dropped and the whole file is sent. */
function usableRange(range: string | undefined): boolean {
  const match = range === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!match) return false;
  const [, start, end] = match;
  return start !== '' && (end === '' || Number(end) >= Number(start));
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
  const sendNotFound = async (res: ServerResponse, path: string) => {
    send(res, 404, path, html).end(await notFound(root, path));
  };

  const files = sirv(root, {
    // Look each file up when it is asked for, so a rebuild while serving is seen at once.
    dev: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (res, pathname) => {
      const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      for (const [name, value] of Object.entries(headersFor(path, hashes))) {
        res.setHeader(name, value);
      }
      const fix = typeFixes.find(([pattern]) => pattern.test(pathname));
      if (fix) res.setHeader('Content-Type', fix[1]);
    },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, '/', 'text/plain').end();
      return;
    }
    // The path as sent, not normalised: "/../x" must be refused, not read as "/x".
    const raw = req.url ?? '/';
    const query = raw.indexOf('?');
    const pathname = query === -1 ? raw : raw.slice(0, query);
    const search = query === -1 ? '' : raw.slice(query);
    let path: string;
    try {
      path = decodeURIComponent(pathname);
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
    if (!path.startsWith('/') || rel.startsWith('..') || isAbsolute(rel) || path.includes('\0')) {
      await sendNotFound(res, '/');
      return;
    }
    if (hidden) {
      await sendNotFound(res, path);
      return;
    }
    if (!path.endsWith('/') && (await stat(file).catch(() => null))?.isDirectory()) {
      // Keep the address as it came (still encoded), on this site only: no leading
      // "//" or "/\", which a browser would read as another host.
      const location = `/${pathname.replace(/^[/\\]+/, '')}/${search}`;
      res.writeHead(301, { Location: location, ...headersFor(path, hashes) }).end();
      return;
    }
    if (!usableRange(req.headers.range)) delete req.headers.range;
    files(req, res, () => void sendNotFound(res, path).catch(() => res.destroy()));
  };

  // Text compressed as nginx does it (same level, same threshold), so a
  // benchmark counts the bytes a reader's phone receives. A range request is
  // sent as it is: a slice of a gzipped stream would not be the asked-for bytes.
  // Its types name Express's request, but it reads only what Node's has.
  const compress = compression({
    level: 6,
    threshold: 256,
    filter: (req, res) => !req.headers.range && compression.filter(req, res),
  }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const server: Server = createServer((req, res) => {
    compress(req, res, () => {
      handle(req, res).catch(() => {
        if (res.headersSent) res.destroy();
        else res.writeHead(500).end();
      });
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

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  const running = await serve('dist', port, process.env.HOST ?? '127.0.0.1');
  console.log(`Serving dist/ at http://localhost:${running.port}/ (Ctrl+C to stop)`);
}
