import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A second build of the same source with another build id: "the new version" for the update test. */
export default function globalSetup(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  // `npm test` (scripts/test-all.mjs) has just built it, beside the typecheck and lint, and says so.
  if (process.env.E2E_DIST_V2_BUILT === '1' && existsSync('dist-v2/index.html')) return;
  execFileSync('node', ['scripts/build-v2.mjs'], { stdio: 'inherit' });
}
