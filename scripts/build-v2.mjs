// A second build of the same source with another build id, into dist-v2/: "the new version" that
// test/e2e/update.spec.ts serves after dist/. Run by the e2e global setup, or ahead of it by `npm test`.
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['vite', 'build', '--outDir', 'dist-v2', '--emptyOutDir', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, APP_BUILD: 'e2e-v2' },
});
