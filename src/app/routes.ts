import type { ComponentType } from 'preact';

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

type PageModule = Promise<{ default: ComponentType<PageProps> }>;

interface Route {
  pattern: string;
  load: () => PageModule;
  /**
   * 'records': the page reads records, and "not loaded yet" would look like "not there"
   * (a missing organisation, an empty form, a 0 % report, a partial backup), so the shell
   * shows the loading count until every record is read. The registry list does not wait:
   * it shows rows as they arrive.
   */
  needs?: 'records';
}

/**
 * Stable, readable ASCII URLs (DESIGN §3): bookmarks, QR codes to the counter
 * screen and the Back button depend on them. Every surface is its own lazy
 * chunk, and every chunk is precached, so each works offline on first use.
 */
export const routes: Route[] = [
  { pattern: '/', load: () => import('../features/registry/RegistryPage') },
  { pattern: '/to-chuc', load: () => import('../features/registry/RegistryPage') },
  // Before '/to-chuc/:id', which would otherwise take "moi" for an id.
  { pattern: '/to-chuc/moi', needs: 'records', load: () => import('../features/registry/OrgFormPage') },
  { pattern: '/to-chuc/:id', needs: 'records', load: () => import('../features/registry/OrgDetailPage') },
  { pattern: '/to-chuc/:id/sua', needs: 'records', load: () => import('../features/registry/OrgFormPage') },
  { pattern: '/them', load: () => import('../features/more/MorePage') },
  { pattern: '/tien-do', needs: 'records', load: () => import('../features/progress/ProgressPage') },
  { pattern: '/tien-do/bao-cao', needs: 'records', load: () => import('../features/progress/ReportPage') },
  { pattern: '/cai-dat', load: () => import('../features/settings/SettingsPage') },
  { pattern: '/cam-nang', load: () => import('../features/guides/GuidesPage') },
  { pattern: '/cam-nang/:slug', load: () => import('../features/guides/GuidePage') },
  { pattern: '/tra-cuu-nhanh', load: () => import('../features/guides/QuickRefPage') },
  { pattern: '/to-chuc/:id/tham', needs: 'records', load: () => import('../features/visit/VisitPage') },
  { pattern: '/hen', needs: 'records', load: () => import('../features/followups/FollowUpsPage') },
  { pattern: '/qr', load: () => import('../features/qr/QrPage') },
  { pattern: '/quay', load: () => import('../features/counter/CounterPage') },
  { pattern: '/in', load: () => import('../features/print/PrintPage') },
  { pattern: '/tai-lieu', load: () => import('../features/documents/DocumentsPage') },
  { pattern: '/du-lieu', load: () => import('../features/data/DataPage') },
];

/** A path segment decoded, or null for malformed escapes such as '%' or '%ZZ' (decodeURIComponent throws on them). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Matches '/to-chuc/:id' style patterns; returns params, or null (not found) when nothing matches or a parameter is malformed. */
export function matchRoute(path: string): { route: Route; params: Record<string, string> } | null {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((p, i) => {
      if (!p.startsWith(':')) return p === parts[i];
      const value = decodeSegment(parts[i]!);
      if (value !== null) params[p.slice(1)] = value;
      return value !== null;
    });
    if (ok) return { route, params };
  }
  return null;
}
