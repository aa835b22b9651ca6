// Serves a built dist/ over plain http on 127.0.0.1 for the local preview and the browser tests.
// Node built-ins only. `node scripts/preview-server.mjs` (PORT=… to choose the port; default: first free from 3100;
// PREVIEW_ROOT=… to serve another folder than dist/).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const FIRST_PORT = 3100;
const DEFAULT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under root that a URL path names, or null when it would escape root. */
export function resolveUnderRoot(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return file === root || file.startsWith(rootWithSep) ? file : null;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/preview.html' + url.search });
    return res.end();
  }
  const file = resolveUnderRoot(root, url.pathname);
  if (!file) return send(res, 403, 'Forbidden');
  let info;
  try {
    info = await stat(file);
  } catch {
    return send(res, 404, `Not found: ${url.pathname}`);
  }
  if (!info.isFile()) return send(res, 404, `Not found: ${url.pathname}`);
  res.writeHead(200, {
    'Content-Type': mimeType(file),
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/**
 * Starts the server. `port`: a number (0 = any free port), or omitted for PORT from the environment or the first
 * free port from 3100. Resolves to `{ url, port, close }`.
 */
export async function startPreviewServer({ port, root = DEFAULT_ROOT } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = createServer((req, res) => {
    handle(absoluteRoot, req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, String(error));
      else res.destroy();
    });
  });
  const requested = port ?? (process.env.PORT ? Number(process.env.PORT) : undefined);
  let bound;
  if (requested !== undefined) {
    bound = await listen(server, requested);
  } else {
    for (let candidate = FIRST_PORT; bound === undefined; candidate++) {
      try {
        bound = await listen(server, candidate);
      } catch (error) {
        if (error.code !== 'EADDRINUSE' || candidate > FIRST_PORT + 100) throw error;
      }
    }
  }
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    url: `http://${HOST}:${bound}/`,
    port: bound,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // No top-level await: the module stays loadable with require() as well as import.
  // PREVIEW_ROOT=…: serve another build than dist/ (the browser tests and benches compare builds this way).
  const root = process.env.PREVIEW_ROOT || DEFAULT_ROOT;
  startPreviewServer({ root }).then(
    async (server) => {
      try {
        await stat(path.join(root, 'preview.html'));
      } catch {
        console.warn(
          'Chưa có bản build trong dist/: chạy `npm run build` trước. / No build in dist/: run `npm run build` first.',
        );
      }
      console.log(`Bản xem thử / Preview: ${server.url}`);
      for (const signal of ['SIGINT', 'SIGTERM'])
        process.on(signal, () => server.close().then(() => process.exit(0)));
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
