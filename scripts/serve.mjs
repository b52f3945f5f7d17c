// Serves a built app on 127.0.0.1 the way a static host would: hashed assets
// cached for long, HTML/service worker/manifest always revalidated, unknown app
// routes answered with index.html. Usage: node scripts/serve.mjs [--port N]
// [--dir dist] [--base /sub/path/]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

export function startServer({ port = 4173, dir = 'dist', base = '/', host = '127.0.0.1' } = {}) {
  const assets = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      const immutable = pathname.startsWith('/assets/');
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const server = createServer((req, res) => {
    if (!req.url.startsWith(base)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${req.url.slice(base.length)}`;
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
    options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
  });
  const server = await startServer({ port: Number(values.port), dir: values.dir, base: values.base });
  const { port } = server.address();
  console.log(`Sổ tay Định danh điện tử is served at http://127.0.0.1:${port}${values.base}`);
  console.log('Open it, then choose "Dùng dữ liệu mẫu" to load demo data. Ctrl+C to stop.');
}
