import { z } from 'zod/mini';
import { fold } from './fold';
import { ORG_KINDS, type OrgKind } from './organisation';
import { STATUSES, type Status } from './status';

export const SORT_KEYS = ['name', 'followUp', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DUE_VALUES = ['today', 'overdue'] as const;
export type Due = (typeof DUE_VALUES)[number];

/** What the list shows: search text, filters and order. Lives in the URL so Back returns to it. */
export interface RegistryQuery {
  q: string;
  commune: string;
  kind: OrgKind | '';
  status: Status | '';
  due: Due | '';
  problem: boolean;
  /** Only the organisations assigned to this phone's user ("Của tôi"; the name in Settings). */
  mine: boolean;
  sort: SortKey;
}

/** Short ASCII URL parameter names; the URL is a trust boundary, so unknown values fall back to "no filter". */
const PARAM = { q: 'q', commune: 'xa', kind: 'loai', status: 'tt', due: 'hen', problem: 'vuong', mine: 'toi', sort: 'xep' } as const;

const oneOf = <T extends readonly string[]>(values: T) => z.catch(z.union([z.enum(values), z.literal('')]), '');

const querySchema = z.object({
  q: z.catch(z.string().check(z.maxLength(200)), ''),
  commune: z.catch(z.string().check(z.regex(/^\d{0,5}$/)), ''),
  kind: oneOf(ORG_KINDS),
  status: oneOf(STATUSES),
  due: oneOf(DUE_VALUES),
  problem: z.boolean(),
  mine: z.boolean(),
  sort: z.catch(z.enum(SORT_KEYS), 'name'),
});

export function parseRegistryQuery(params: URLSearchParams): RegistryQuery {
  return querySchema.parse({
    q: params.get(PARAM.q) ?? '',
    commune: params.get(PARAM.commune) ?? '',
    kind: params.get(PARAM.kind) ?? '',
    status: params.get(PARAM.status) ?? '',
    due: params.get(PARAM.due) ?? '',
    problem: params.get(PARAM.problem) === '1',
    mine: params.get(PARAM.mine) === '1',
    sort: params.get(PARAM.sort) ?? 'name',
  }) as RegistryQuery;
}

/** Whether the query narrows the list (sorting alone does not). */
export function isFiltering(query: RegistryQuery): boolean {
  return Boolean(query.q.trim() || query.commune || query.kind || query.status || query.due || query.problem || query.mine);
}

/** URL parameters for a (partial) query; empty values remove the parameter. */
export function registryQueryParams(query: Partial<RegistryQuery>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query) as [keyof RegistryQuery, RegistryQuery[keyof RegistryQuery]][]) {
    const name = PARAM[key];
    if (key === 'problem' || key === 'mine') out[name] = value ? '1' : undefined;
    else if (key === 'sort') out[name] = value === 'name' ? undefined : (value as string);
    else out[name] = (value as string) || undefined;
  }
  return out;
}

/**
 * Folded search words. A word of digits, dots and dashes is a tax code typed
 * either way ("0314409058-002" or "0314409058002"): its separators go.
 */
export function searchTokens(q: string): string[] {
  // Most queries have no search text: the first fold builds a table, work the first screen can skip.
  if (!q.trim()) return [];
  return fold(q)
    .split(' ')
    .filter(Boolean)
    .map((t) => (/^[\d.-]+$/.test(t) ? t.replace(/[.-]/g, '') : t))
    .filter(Boolean);
}

export interface FacetCounts {
  commune: Map<string, number>;
  kind: Map<string, number>;
  status: Map<string, number>;
  due: Map<string, number>;
  problem: number;
  /** Rows assigned to this phone's user, with the other filters as they are. */
  mine: number;
}
