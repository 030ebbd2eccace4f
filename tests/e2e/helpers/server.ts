import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_PAGES, SHARED_CORPUS } from './corpus';

/**
 * A tiny static file server on 127.0.0.1 for the browser tests.
 *
 * Mounts (URL prefix → folder):
 *   /seed/      ../shared/corpus/seed
 *   /appeals/   ../shared/corpus/appeals-dev
 *   /fixtures/  tests/fixtures/pages (our own pages)
 * A missing mount answers 404, so tests check `hasCorpus()` before relying on the shared corpus.
 *
 * 127.0.0.1 (not localhost) because the e2e build's host permission is `http://127.0.0.1/*`, and
 * the port is picked by the OS so parallel runs never collide.
 *
 * @example
 * const server = await startPageServer();
 * await page.goto(server.url('/seed/mother-jones-aleppo.html'));
 * await server.close();
 */

export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Absolute URL of a served path, e.g. `url('/fixtures/not-article.html')`. */
  url(pathname: string): string;
  close(): Promise<void>;
}

export const DEFAULT_PAGE_MOUNTS: Readonly<Record<string, string>> = {
  '/seed/': path.join(SHARED_CORPUS, 'seed'),
  '/appeals/': path.join(SHARED_CORPUS, 'appeals-dev'),
  '/fixtures/': FIXTURE_PAGES,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

/** Maps a request path onto a file under one of the mounts, refusing `..` escapes. */
function resolveFile(mounts: Readonly<Record<string, string>>, pathname: string): string | null {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, '.' + path.posix.normalize('/' + pathname.slice(prefix.length)));
    return file.startsWith(path.resolve(dir) + path.sep) ? file : null;
  }
  return null;
}

/** `host` is a loopback address; bench:browser gives each page its own (127.0.0.N) so each is a site of its own. */
export async function startPageServer(mounts: Readonly<Record<string, string>> = DEFAULT_PAGE_MOUNTS, host = '127.0.0.1'): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolveFile(mounts, pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${pathname}`);
      return;
    }
    // `NAME.html.gz` (trafilatura-dev's pages) goes out compressed, as a site would send it, with
    // no charset: the browser reads the page's own declaration.
    const gzipped = file.endsWith('.gz');
    const extension = path.extname(gzipped ? file.slice(0, -3) : file).toLowerCase();
    const type = gzipped && extension === '.html' ? 'text/html' : (CONTENT_TYPES[extension] ?? 'application/octet-stream');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzipped && { 'content-encoding': 'gzip' }) });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (pathname) => origin + pathname,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
