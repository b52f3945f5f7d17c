import { signal } from '@preact/signals';

/** Base path the app is served under ('/' or e.g. '/eid/'), from the build. */
export const BASE = import.meta.env.BASE_URL;

export interface Location {
  /** Path inside the app, always starting with '/', base removed. */
  path: string;
  query: URLSearchParams;
}

function read(): Location {
  const raw = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length - 1) : location.pathname;
  return { path: raw || '/', query: new URLSearchParams(location.search) };
}

export const currentLocation = signal<Location>(read());

/** Full href for an in-app path, honouring the base path. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const url = href(path);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  currentLocation.value = read();
  if (!options.replace) scrollTo(0, 0);
}

/** Replaces the query string without a new history entry per keystroke; `push` makes one (filters Back can return to). */
export function setQuery(params: Record<string, string | undefined>, options: { push?: boolean } = {}): void {
  const query = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v) query.set(k, v);
    else query.delete(k);
  }
  const search = query.toString();
  const url = location.pathname + (search ? `?${search}` : '');
  if (options.push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  currentLocation.value = read();
}

/** Plain <a href> links inside the app navigate without a page load. */
export function startRouter(): void {
  addEventListener('popstate', () => (currentLocation.value = read()));
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download') || a.dataset.native !== undefined) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    // Public guide pages are static files, not app routes.
    if (url.pathname.startsWith(`${BASE}huong-dan/`) && a.dataset.app === undefined) return;
    e.preventDefault();
    history.pushState(null, '', url.pathname + url.search + url.hash);
    currentLocation.value = read();
    scrollTo(0, 0);
  });
}
