import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../context/services';
import { common } from '../i18n/common';
import { reloadOnceForStaleChunk } from '../pwa/guarded-reload';
import type { PageProps } from '../routing/page-props';
import { paths } from '../routing/paths';
import { currentLocation, href } from '../routing/router';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { loadedPage, loadPage, matchRoute } from './routes';

/** Loads the page chunk for the current URL and renders it. */
export function RouteView() {
  const { status } = useServices();
  const loc = currentLocation.value;
  const match = matchRoute(loc.path);
  const key = match?.route.pattern ?? '';
  const [page, setPage] = useState<{ key: string; Component: ComponentType<PageProps> } | null>(() => {
    const Component = match && loadedPage(match.route);
    return Component ? { key, Component } : null;
  });

  useEffect(() => {
    if (!match) return;
    let live = true;
    loadPage(match.route)
      .then((Component) => live && setPage({ key, Component }))
      .catch(async () => {
        if (!(await reloadOnceForStaleChunk())) status.staleChunk.value = true;
      });
    return () => {
      live = false;
    };
  }, [key]);

  const opening = status.openState.value === 'opening' && !match?.route.early;
  const waiting = match?.route.needs === 'records' && status.openState.value !== 'ready';
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [loc.path, page?.key, waiting, opening]);

  if (!match) return <PageProblem title={common.notFound} />;
  if (!page || page.key !== key || opening) return <p class="loading">{common.loading}</p>;
  if (waiting) return <p class="loading" role="status">{common.loadingRecords(status.loadedRecords.value)}</p>;
  // Keyed by path: another page starts clean after an error, while a query change (typing a search) keeps the page mounted.
  return (
    <ErrorBoundary key={loc.path} fallback={<PageProblem title={common.pageFailed} detail={common.pageFailedHint} />}>
      <page.Component params={match.params} query={loc.query} />
    </ErrorBoundary>
  );
}

/** A page that cannot be shown: what happened, and a way back. */
function PageProblem({ title, detail }: { title: string; detail?: string }) {
  return (
    <section>
      <h1 tabIndex={-1}>{title}</h1>
      {detail && <p>{detail}</p>}
      <p>
        <a href={href(paths.registry())}>{common.backHome}</a>
      </p>
    </section>
  );
}
