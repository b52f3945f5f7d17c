import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { guides, publicGuides } from '../src/content/guides';
import { guideProblems } from '../src/content/guides/validate';
import { renderGuidePage, renderIndexPage } from './guide-pages/render';

const CSS = fileURLToPath(new URL('./guide-pages/guide.css', import.meta.url));
const DIR = 'huong-dan/';

/** Every file of the public guide site, keyed by its path under huong-dan/. */
function guideSiteFiles(): Map<string, string> {
  const problems = guideProblems(guides);
  if (problems.length) throw new Error(`guides not publishable:\n${problems.join('\n')}`);
  const files = new Map<string, string>([
    ['guide.css', readFileSync(CSS, 'utf8')],
    ['index.html', renderIndexPage(publicGuides)],
  ]);
  for (const guide of publicGuides) files.set(`${guide.slug}/index.html`, renderGuidePage(guide));
  return files;
}

/**
 * Pre-renders every guide to dist/huong-dan/<slug>/index.html plus an index and
 * one shared stylesheet. They are emitted into the bundle, so the service
 * worker's precache manifest picks them up like any other built file. The dev
 * server serves the same pages (restart it after editing guide content).
 */
export function guidePages(): Plugin {
  return {
    name: 'eid-guide-pages',
    generateBundle() {
      for (const [name, source] of guideSiteFiles()) this.emitFile({ type: 'asset', fileName: DIR + name, source });
    },
    configureServer(server) {
      const files = guideSiteFiles();
      server.middlewares.use((req, res, next) => {
        const prefix = server.config.base + DIR;
        const path = (req.url ?? '').split('?')[0]!;
        if (!path.startsWith(prefix)) return next();
        const rest = path.slice(prefix.length);
        // As the static server and the service worker do: a guide typed without its slash goes to its folder URL.
        if (rest && !rest.endsWith('/') && files.has(`${rest}/index.html`)) {
          res.writeHead(301, { Location: `${path}/` });
          return res.end();
        }
        const source = files.get(rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
        if (source === undefined) return next();
        res.setHeader('Content-Type', rest.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8');
        res.end(source);
      });
    },
  };
}
