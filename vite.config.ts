import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appShell } from './scripts/vite-plugin-app-shell';
import { guidePages } from './scripts/vite-plugin-guide-pages';

// Deploying under a sub-path (e.g. https://host/eid/) needs the path at build
// time: BASE_PATH=/eid/ npm run build. App routes are absolute, so a relative
// base would break deep links such as /to-chuc/123.
const base = process.env.BASE_PATH ?? '/';

// Shown in the app so users (and the update test) can tell versions apart.
const build = process.env.APP_BUILD ?? new Date().toISOString().slice(0, 16).replace('T', ' ');

export default defineConfig({
  base,
  define: { __APP_BUILD__: JSON.stringify(build) },
  // Module workers: the import and export workers are ES modules that load chunks lazily.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Inlined data: URIs would need a looser CSP; keep every asset a file.
    assetsInlineLimit: 0,
    // dist/.vite/manifest.json: which files each source module became (the bench finds the lazy sync chunk by it).
    manifest: true,
  },
  plugins: [
    preact(),
    guidePages(),
    appShell(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      pwaAssets: { image: 'public/logo.svg', preset: 'minimal-2023', overrideManifestIcons: true },
      manifest: {
        name: 'Sổ tay định danh điện tử',
        short_name: 'Sổ tay VNeID',
        description: 'Theo dõi, hướng dẫn đăng ký định danh điện tử VNeID cho tổ chức và người dân — dùng được khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0b4f9c',
        background_color: '#ffffff',
        categories: ['government', 'productivity'],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,txt}'],
        // A classic script: module service workers are not supported everywhere yet.
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
});
