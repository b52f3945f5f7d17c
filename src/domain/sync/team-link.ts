/**
 * A team is one CouchDB database, reached under the app's own origin at
 * `/couchdb/<name>` (a reverse proxy in production; `serve.mjs --sync` here), so
 * the Content-Security-Policy keeps `connect-src 'self'`. The join link carries
 * the database URL; anything else (another origin, another path) is refused.
 */
export const COUCH_PATH = '/couchdb/';

/** CouchDB's rule for database names. */
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export interface TeamLocation {
  /** The database URL, absolute. */
  url: string;
  /** The server part, shown to the user. */
  server: string;
  /** The database name, shown to the user. */
  name: string;
}

export function parseTeamUrl(raw: string, appOrigin: string): TeamLocation | null {
  let url: URL;
  try {
    url = new URL(raw, appOrigin);
  } catch {
    return null;
  }
  if (url.origin !== appOrigin || url.search || url.hash || !url.pathname.startsWith(COUCH_PATH)) return null;
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(COUCH_PATH.length).replace(/\/$/, ''));
  } catch {
    return null;
  }
  if (!DB_NAME.test(name) || name.length > 238) return null;
  return { url: `${url.origin}${COUCH_PATH}${encodeURIComponent(name)}`, server: `${url.origin}${COUCH_PATH}`, name };
}

/** The database's name from its URL (as `parseTeamUrl` builds it): what the screens call it. */
export const databaseNameOf = (url: string) => decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
