import type { ComponentType } from 'preact';
import { matchPath } from '../routing/match-path';
import type { PageProps } from '../routing/page-props';
import { PATTERNS } from '../routing/paths';

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
  /** Renders while the database is still opening (the registry: its first screen comes from a snapshot). */
  early?: true;
}

/**
 * Every surface is its own lazy chunk, and every chunk is precached, so each
 * works offline on first use. The URLs themselves are `routing/paths.ts`.
 */
export const routes: Route[] = [
  { pattern: PATTERNS.home, early: true, load: () => import('../features/registry/RegistryPage') },
  { pattern: PATTERNS.registry, early: true, load: () => import('../features/registry/RegistryPage') },
  // Before '/to-chuc/:id', which would otherwise take "moi" for an id.
  { pattern: PATTERNS.orgNew, needs: 'records', load: () => import('../features/registry/OrgFormPage') },
  { pattern: PATTERNS.org, needs: 'records', load: () => import('../features/registry/OrgDetailPage') },
  { pattern: PATTERNS.orgEdit, needs: 'records', load: () => import('../features/registry/OrgFormPage') },
  { pattern: PATTERNS.more, load: () => import('../features/more/MorePage') },
  { pattern: PATTERNS.progress, needs: 'records', load: () => import('../features/progress/ProgressPage') },
  { pattern: PATTERNS.report, needs: 'records', load: () => import('../features/progress/ReportPage') },
  // The roll-up reads summaries, not this phone's records: no need to wait for them.
  { pattern: PATTERNS.rollup, load: () => import('../features/progress/RollupPage') },
  { pattern: PATTERNS.rollupReport, load: () => import('../features/progress/RollupReportPage') },
  { pattern: PATTERNS.settings, load: () => import('../features/settings/SettingsPage') },
  { pattern: PATTERNS.guides, load: () => import('../features/guides/GuidesPage') },
  { pattern: PATTERNS.guide, load: () => import('../features/guides/GuidePage') },
  { pattern: PATTERNS.quickRef, load: () => import('../features/guides/QuickRefPage') },
  { pattern: PATTERNS.visit, needs: 'records', load: () => import('../features/visit/VisitPage') },
  { pattern: PATTERNS.followUps, needs: 'records', load: () => import('../features/followups/FollowUpsPage') },
  { pattern: PATTERNS.qr, load: () => import('../features/qr/QrPage') },
  { pattern: PATTERNS.counter, load: () => import('../features/counter/CounterPage') },
  { pattern: PATTERNS.print, load: () => import('../features/print/PrintPage') },
  { pattern: PATTERNS.documents, load: () => import('../features/documents/DocumentsPage') },
  { pattern: PATTERNS.data, load: () => import('../features/data/DataPage') },
  { pattern: PATTERNS.team, load: () => import('../features/team/TeamPage') },
  { pattern: PATTERNS.teamJoin, needs: 'records', load: () => import('../features/team/JoinPage') },
  { pattern: PATTERNS.teamReview, needs: 'records', load: () => import('../features/team/ReviewPage') },
];

/** The route for a path and its decoded params, or null (not found) when nothing matches or a parameter is malformed. */
export function matchRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

const loaded = new WeakMap<Route, ComponentType<PageProps>>();

/** A route's page component once its chunk has loaded, so a page loaded before the first render shows at once. */
export function loadedPage(route: Route): ComponentType<PageProps> | undefined {
  return loaded.get(route);
}

export async function loadPage(route: Route): Promise<ComponentType<PageProps>> {
  const page = (await route.load()).default;
  loaded.set(route, page);
  return page;
}
