// Serves a built app on 127.0.0.1 the way a good static host would: gzip for
// text, hashed assets cached for long, HTML / service worker / manifest always
// revalidated, unknown app routes answered with index.html.
// Usage: node scripts/serve.mjs [--port N] [--dir dist] [--base /sub/path/] [--sync http://127.0.0.1:5984]
// With --sync, /couchdb/… is proxied to that CouchDB-compatible server: the app and its team
// database share one origin, as behind the production reverse proxy (README, "Team sync").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const COUCH_PREFIX = '/couchdb/';

/** Forwards one request to the sync server, path prefix removed, streaming both ways; 502 when it is down. */
function proxyToSync(sync, req, res) {
  const target = new URL(req.url.slice(COUCH_PREFIX.length - 1), sync);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end('{"error":"bad_gateway","reason":"sync server unreachable"}');
  });
  req.pipe(upstream);
}

function cacheControl(path) {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Every text file of the build, gzipped once at start-up (the build is small). */
function gzipTextFiles(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT_TYPES[extname(name)]) out.set(`/${relative(dir, path)}`, gzipSync(readFileSync(path)));
    }
  };
  walk(dir);
  return out;
}

/** A malformed escape such as `/to-chuc/%` names no file: keep it raw (the app shell answers it) instead of throwing. */
function decodePath(raw) {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The file a request path maps to: itself, its directory's index.html, or the app shell. */
function resolveText(gz, path) {
  if (gz.has(path)) return path;
  const index = `${path.replace(/\/?$/, '/')}index.html`;
  if (gz.has(index)) return index;
  return extname(path) ? null : '/index.html';
}

export function startServer({ port = 4173, dir = 'dist', base = '/', host = '127.0.0.1', sync = null } = {}) {
  const gz = gzipTextFiles(dir);
  const assets = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
  });
  const server = createServer((req, res) => {
    if (sync && req.url.startsWith(COUCH_PREFIX)) return proxyToSync(sync, req, res);
    if (!req.url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${req.url.slice(base.length)}`;
    const [rawPath, query] = req.url.split(/\?(.*)/s);
    const path = decodePath(rawPath);
    // A folder without its slash (/huong-dan/<slug>, the short form printed under QR codes): redirect, so the
    // page's relative links (its stylesheet, "all guides") resolve as they would from the folder URL.
    if (!path.endsWith('/') && gz.has(`${path}/index.html`)) {
      res.writeHead(301, { Location: `${base}${rawPath.slice(1)}/${query ? `?${query}` : ''}`, 'Cache-Control': 'no-cache' });
      res.end();
      return;
    }
    const file = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? resolveText(gz, path) : null;
    if (file && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'Content-Type': TEXT_TYPES[extname(file)],
        'Content-Encoding': 'gzip',
        'Cache-Control': cacheControl(file),
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : gz.get(file));
      return;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      sync: { type: 'string' },
    },
  });
  const server = await startServer({ port: Number(values.port), dir: values.dir, base: values.base, sync: values.sync ?? null });
  const { port } = server.address();
  console.log(`Sổ tay định danh điện tử is served at http://127.0.0.1:${port}${values.base}`);
  console.log('Open it, then choose "Dùng dữ liệu mẫu" to load demo data. Ctrl+C to stop.');
}
