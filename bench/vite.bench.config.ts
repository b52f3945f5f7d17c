import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** The in-page benchmark harness: bench/page/ built with the app's own modules into dist-bench/. */
export default defineConfig({
  root: 'bench/page',
  base: '/',
  plugins: [preact()],
  // As the app's config: module workers.
  worker: { format: 'es' },
  build: { outDir: '../../dist-bench', emptyOutDir: true, target: 'es2022' },
});
