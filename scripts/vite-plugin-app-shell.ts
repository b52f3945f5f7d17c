import preact from '@preact/preset-vite';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

const MARKER = '<!--app-shell-->';
const ENTRY = '/src/app/prerender.tsx';

/** Renders the shell with the app's own components, loaded through Vite's SSR module loader. */
async function render(server: ViteDevServer, base: string): Promise<string> {
  // The router reads the location when it loads: the shell is the one of the app's first route.
  const stubbed = !('location' in globalThis);
  if (stubbed) Object.assign(globalThis, { location: new URL(base, 'http://localhost') });
  try {
    const { renderShell } = (await server.ssrLoadModule(ENTRY)) as { renderShell: () => string };
    return renderShell();
  } finally {
    if (stubbed) delete (globalThis as { location?: unknown }).location;
  }
}

/**
 * Puts the app shell (header, banners, the registry's frame, bottom navigation)
 * into index.html in place of MARKER, so the first paint needs no script. The
 * markup has no inline script or style, as the CSP requires.
 */
export function appShell(): Plugin {
  let base = '/';
  return {
    name: 'eid-app-shell',
    configResolved(config) {
      base = config.base;
    },
    async transformIndexHtml(html, ctx) {
      if (!html.includes(MARKER)) return html;
      if (ctx.server) return html.replace(MARKER, await render(ctx.server, base));
      const server = await createServer({
        configFile: false,
        root: process.cwd(),
        base,
        logLevel: 'error',
        plugins: [preact()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        return html.replace(MARKER, await render(server, base));
      } finally {
        await server.close();
      }
    },
  };
}
