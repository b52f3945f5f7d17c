import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { guides } from '../src/content/guides';
import { guideProblems } from '../src/content/guides/validate';
import { renderGuidePage, renderIndexPage } from './guide-pages/render';

const CSS = fileURLToPath(new URL('./guide-pages/guide.css', import.meta.url));

/**
 * Pre-renders every guide to dist/huong-dan/<slug>/index.html plus an index and
 * one shared stylesheet. They are emitted into the bundle, so the service
 * worker's precache manifest picks them up like any other built file.
 */
export function guidePages(): Plugin {
  return {
    name: 'eid-guide-pages',
    apply: 'build',
    generateBundle() {
      const problems = guideProblems(guides);
      if (problems.length) this.error(`guides not publishable:\n${problems.join('\n')}`);
      this.emitFile({ type: 'asset', fileName: 'huong-dan/guide.css', source: readFileSync(CSS, 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'huong-dan/index.html', source: renderIndexPage(guides) });
      for (const guide of guides) {
        this.emitFile({ type: 'asset', fileName: `huong-dan/${guide.slug}/index.html`, source: renderGuidePage(guide) });
      }
    },
  };
}
