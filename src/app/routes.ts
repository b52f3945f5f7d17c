import type { ComponentType } from 'preact';

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

type PageModule = Promise<{ default: ComponentType<PageProps> }>;

interface Route {
  pattern: string;
  load: () => PageModule;
}

/**
 * Stable, readable ASCII URLs (DESIGN §3): bookmarks, QR codes to the counter
 * screen and the Back button depend on them. Every surface is its own lazy
 * chunk, and every chunk is precached, so each works offline on first use.
 */
export const routes: Route[] = [
  { pattern: '/', load: () => import('../features/home/HomePage') },
  { pattern: '/them', load: () => import('../features/more/MorePage') },
  { pattern: '/cai-dat', load: () => import('../features/settings/SettingsPage') },
  { pattern: '/du-lieu', load: () => import('../features/data/DataPage') },
];

/** Matches '/to-chuc/:id' style patterns; returns params or null. */
export function matchRoute(path: string): { route: Route; params: Record<string, string> } | null {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((p, i) => {
      if (p.startsWith(':')) {
        params[p.slice(1)] = decodeURIComponent(parts[i]!);
        return true;
      }
      return p === parts[i];
    });
    if (ok) return { route, params };
  }
  return null;
}
