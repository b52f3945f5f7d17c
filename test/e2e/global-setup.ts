import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A second build of the same source with another build id: "the new version" for the update test. */
export default function globalSetup(): void {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  execFileSync('npx', ['vite', 'build', '--outDir', 'dist-v2', '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, APP_BUILD: 'e2e-v2' },
  });
}
