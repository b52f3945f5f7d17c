/**
 * Which navigations the service worker answers, and how. Pure functions of the
 * URL path, so they are tested in Node. `scope` is the registration's path,
 * e.g. '/' or '/eid/'.
 */

const GUIDES = 'huong-dan/';

/** The path inside the scope, or null for a path outside it. */
function inScope(pathname: string, scope: string): string | null {
  return pathname.startsWith(scope) ? pathname.slice(scope.length) : null;
}

/**
 * A navigation the app shell answers: any path in scope outside the public
 * guide pages whose last segment is not a file name (`/to-chuc/123`, `/?q=lô 1.2`).
 * Only the path decides: a search such as `?q=fpt.vn` is still an app route.
 */
export function isAppRoute(pathname: string, scope: string): boolean {
  const rest = inScope(pathname, scope);
  if (rest === null || rest === GUIDES.slice(0, -1) || rest.startsWith(GUIDES)) return false;
  const last = rest.slice(rest.lastIndexOf('/') + 1);
  return !/\.[a-z0-9]+$/i.test(last);
}

/**
 * `<scope>huong-dan/<slug>` without its trailing slash (the short form people
 * type from a poster) → the folder URL whose pre-rendered index.html is
 * precached. The pages link their stylesheet relatively, so they must be served
 * at the folder URL, not merely with its content. Null when no redirect applies.
 */
export function guideFolderPath(pathname: string, scope: string): string | null {
  const rest = inScope(pathname, scope);
  if (rest === null) return null;
  if (rest === GUIDES.slice(0, -1)) return `${pathname}/`;
  return /^huong-dan\/[a-z0-9-]+$/.test(rest) ? `${pathname}/` : null;
}
