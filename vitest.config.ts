import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  test: {
    setupFiles: ['test/setup.ts'],
    // Worker threads start faster than forked processes; each test file is still isolated in its own context.
    pool: 'threads',
    projects: [
      {
        extends: true,
        // Tests mirror src/: components (.tsx) render in happy-dom; a .ts test that needs a DOM says so in a docblock.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['test/unit/**/*.test.tsx'], environment: 'happy-dom' },
      },
    ],
  },
});
