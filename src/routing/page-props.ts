/** What every routed page receives: decoded path parameters and the raw query, which the page parses with its schema from `queries.ts`. */
export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}
